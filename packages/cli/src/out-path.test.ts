import { describe, expect, it } from 'vitest'
import { outputPath, outputPaths, tempPath } from './out-path.ts'

describe('--out paths', () => {
  it('mirror the input below its folder, with the output extension', () => {
    expect(outputPath('out/', 'a/b.txt', 'csv')).toBe('out/a/b.csv')
    expect(outputPath('out', 'b.report.html', 'json')).toBe('out/b.report.json')
    expect(outputPath('out', 'a\\noext', 'jsonl')).toBe('out/a/noext.jsonl')
  })

  it('are written under a hidden temporary name in the same folder first', () => {
    expect(tempPath('out/a/b.csv')).toBe('out/a/.b.csv.gai-tmp')
    expect(tempPath('b.csv')).toBe('.b.csv.gai-tmp')
  })

  it('refuse two inputs that would write one file', () => {
    expect(outputPaths('o', ['a/x.txt', 'a/y.txt'], 'csv')).toEqual(['o/a/x.csv', 'o/a/y.csv'])
    expect(() => outputPaths('o', ['a/x.txt', 'a/x.html'], 'csv')).toThrow('a/x.txt and a/x.html would both be written to o/a/x.csv')
  })
})
