/**
 * A number written plainly: no exponent, no thousands separators, as many decimals as the value
 * has. Spreadsheets and readers take `24252.311082` or `1000000` back unchanged; `1e+21` or
 * `1,000,000` they would not.
 */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n)
  // toFixed and String switch to exponents from 1e21 up; BigInt prints every digit.
  if (Number.isInteger(n)) return Math.abs(n) < 1e21 ? n.toFixed(0) : BigInt(n).toString()
  const s = String(n)
  if (!s.includes('e')) return s
  // Only tiny fractions get here (every double from 2^53 up is an integer): `1.5e-7` is
  // 0.00000015, the mantissa's digits moved right of the point by the exponent.
  const [mantissa, exp] = String(Math.abs(n)).split('e') as [string, string]
  const whole = mantissa.split('.')[0]!.length
  const digits = mantissa.replace('.', '')
  return `${n < 0 ? '-' : ''}0.${'0'.repeat(-(whole + Number(exp)))}${digits}`
}
