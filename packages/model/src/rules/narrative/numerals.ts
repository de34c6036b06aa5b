const digits: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }
const units: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }

/** The pattern of a number as prose writes it: digits (half or full width) or Chinese numerals. */
export const numberSource = '(?:[0-9０-９][0-9０-９,，]*(?:\\.[0-9０-９]+)?|[零〇一二两三四五六七八九十百千万]+)'

/**
 * Read a number written in digits or in Chinese numerals (七十, 二十一, 一百零五, 两千三百).
 * Undefined when the text is not a number.
 */
export function readNumber(text: string): number | undefined {
  const t = text.normalize('NFKC').replace(/[,，]/g, '')
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t)
  if (!/^[零〇一二两三四五六七八九十百千万]+$/.test(t)) return undefined
  let total = 0
  let section = 0
  let digit = -1
  for (const ch of t) {
    if (ch in digits) {
      digit = digits[ch]!
    } else if (ch in units) {
      // 十 alone means 10: 十五 is 15.
      section += (digit < 0 ? 1 : digit) * units[ch]!
      digit = -1
    } else if (ch === '万') {
      total += (section + Math.max(digit, 0)) * 10000
      section = 0
      digit = -1
    }
  }
  return total + section + Math.max(digit, 0)
}
