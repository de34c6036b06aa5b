// Whether reading stays linear in the input on hostile text: labels, figures, separators and
// digit runs in random order (a fixed seed), at four sizes. Time per MB should stay flat.
// Run with `pnpm bench scaling`.
import { parseText } from '../dist/index.js'

const pieces = ['一、本年新收政府信息公开申请数量', '（七）总计', '规章', '第二十条第（一）项', '行政复议', '总计', '结果维持', '12', '0', '640020470', '\t', '|', '\n', ' ', '三、收到和处理政府信息公开申请情况', '2.其他法律行政法规禁', '止公开', '— 3 —']

// A small linear congruential generator: the same input on every run and every machine.
function mangled(bytes) {
  let seed = 7
  let out = ''
  while (Buffer.byteLength(out) < bytes) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    out += pieces[seed % pieces.length]
  }
  return out
}

const sizes = [32_000, 128_000, 512_000, 2_048_000]
export const cases = sizes.map((size) => {
  const text = mangled(size)
  return { name: `mangled text, ${size / 1000} KB`, bytes: Buffer.byteLength(text), run: () => parseText(text) }
})

export function summary(tasks) {
  const perMb = tasks.map((t, i) => (t.result?.latency?.mean ?? 0) / (cases[i].bytes / 1e6))
  return `time per MB at ${sizes.map((s) => `${s / 1000} KB`).join(', ')}: ${perMb.map((x) => x.toFixed(1)).join(', ')} ms (flat = linear)`
}
