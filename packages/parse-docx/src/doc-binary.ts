/**
 * The text of a Word 97–2003 document and where its table cells and rows end, read from the
 * binary format as [MS-DOC] lays it out: the FIB at the head of the WordDocument stream, the piece
 * table (Clx) in the table stream giving the text, and the paragraph properties (PAPX in FKP
 * pages) saying which paragraph marks close a table cell or a table row.
 */

export interface DocText {
  /** The main document's characters, one string unit per character position. */
  text: string
  /**
   * What each paragraph mark inside a table ends, by position: a cell (`\x07`), a row (`\x07`),
   * or a paragraph inside a cell (`\r`, and the marks of tables nested in a cell).
   */
  marks: Map<number, 'cell' | 'row' | 'inner'>
  /** Row-end positions with each cell's edges and vertical merge flag (`sprmTDefTable`). */
  merges: Map<number, RowCell[]>
}

/** A cell of a row as the row's table properties describe it. */
export interface RowCell {
  /** Left and right boundaries in twips (`rgdxaCenter`). */
  edges: [number, number]
  vMerge: 'restart' | 'continue' | undefined
}

export type DocRead = { ok: true; doc: DocText } | { ok: false; why: 'encrypted-doc' | 'doc-unsupported' | 'not-doc'; detail: string }

const u16 = (b: Uint8Array, o: number) => (o + 2 <= b.length ? b[o]! | (b[o + 1]! << 8) : -1)
const u32 = (b: Uint8Array, o: number) => (o + 4 <= b.length ? (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0 : -1)

// The Windows-1252 characters Word stores in 8-bit ("compressed") pieces above 0x7f that differ
// from Latin-1 ([MS-DOC] 2.4.1, note on FcCompressed).
const cp1252: Record<number, number> = {
  0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021, 0x88: 0x02c6, 0x89: 0x2030,
  0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022,
  0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc, 0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a, 0x9c: 0x0153, 0x9f: 0x0178,
}

interface Piece {
  cpStart: number
  cpEnd: number
  /** Byte offset of the piece's first character in the WordDocument stream. */
  fc: number
  compressed: boolean
}

// Paragraph sprms ([MS-DOC] 2.6.2): in a table, ends a row, table depth, vertical merge of a row's cells.
const sprmPFInTable = 0x2416
const sprmPFTtp = 0x2417
const sprmPItap = 0x6649
const sprmTDefTable = 0xd608
// Properties too large for their FKP page stand in the Data stream ([MS-DOC] 2.6.2 sprmPHugePapx).
const sprmPHugePapx = 0x6646

/** The operand size of a sprm, from its spra bits ([MS-DOC] 2.2.5.1); `-1` for variable. */
function operandSize(sprm: number): number {
  switch (sprm >>> 13) {
    case 0:
    case 1:
      return 1
    case 2:
    case 4:
    case 5:
      return 2
    case 3:
      return 4
    case 7:
      return 3
    default:
      return -1
  }
}

interface ParagraphProps {
  inTable: boolean
  rowEnd: boolean
  depth: number
  vMerge?: RowCell[]
}

/** The few paragraph properties read here, from a grpprl of sprms. */
function readSprms(b: Uint8Array, start: number, end: number, data: Uint8Array | undefined, props: ParagraphProps = { inTable: false, rowEnd: false, depth: 0 }): ParagraphProps {
  let o = start
  while (o + 2 <= end) {
    const sprm = u16(b, o)
    o += 2
    let size = operandSize(sprm)
    let operand = o
    if (size < 0) {
      if (sprm === sprmTDefTable) {
        // A two-byte size that counts itself plus one ([MS-DOC] 2.6.4 sprmTDefTable).
        size = u16(b, o) - 1
        operand = o + 2
        o += 2
      } else {
        size = b[o] ?? 0
        operand = o + 1
        o += 1
      }
    }
    if (operand + size > end) break
    if (sprm === sprmPFInTable) props.inTable = b[operand] === 1
    else if (sprm === sprmPFTtp) props.rowEnd = b[operand] === 1
    else if (sprm === sprmPItap) props.depth = u32(b, operand)
    else if (sprm === sprmTDefTable) props.vMerge = rowMerges(b, operand, operand + size)
    else if (sprm === sprmPHugePapx && data && b !== data) {
      // PrcData: a two-byte size, then the sprms.
      const at = u32(b, operand)
      const cb = u16(data, at)
      if (cb > 0) readSprms(data, at + 2, Math.min(at + 2 + cb, data.length), undefined, props)
    }
    o = operand + size
  }
  if (props.inTable && props.depth === 0) props.depth = 1
  return props
}

/** The vertical merge flags of each cell from a `TDefTableOperand`: itcMac, centers, TC80s. */
function rowMerges(b: Uint8Array, start: number, end: number): RowCell[] {
  const count = b[start] ?? 0
  const centers = start + 1
  const tcs = centers + (count + 1) * 2
  const edge = (i: number) => (u16(b, centers + i * 2) << 16) >> 16
  const out: RowCell[] = []
  for (let i = 0; i < count; i++) {
    const at = tcs + i * 20
    const flags = at + 2 <= end ? u16(b, at) : 0
    // TC80: fVertMerge (bit 5), fVertRestart (bit 6).
    out.push({ edges: [edge(i), edge(i + 1)], vMerge: flags & 0x20 ? (flags & 0x40 ? 'restart' : 'continue') : undefined })
  }
  return out
}

/** The pieces of the main text from the Clx ([MS-DOC] 2.9.38): skip the Prcs, read the PlcPcd. */
function readPieces(table: Uint8Array, fcClx: number, lcbClx: number, ccpText: number): Piece[] | undefined {
  let o = fcClx
  const end = fcClx + lcbClx
  if (end > table.length) return undefined
  while (o < end && table[o] === 0x01) o += 3 + u16(table, o + 1)
  if (table[o] !== 0x02) return undefined
  const lcb = u32(table, o + 1)
  const plc = o + 5
  if (lcb < 4 || plc + lcb > end) return undefined
  const n = Math.floor((lcb - 4) / 12)
  const pieces: Piece[] = []
  for (let i = 0; i < n; i++) {
    const cpStart = u32(table, plc + i * 4)
    const cpEnd = Math.min(u32(table, plc + (i + 1) * 4), ccpText)
    const pcd = plc + (n + 1) * 4 + i * 8
    const fcRaw = u32(table, pcd + 2)
    const compressed = (fcRaw & 0x40000000) !== 0
    const fc = fcRaw & 0x3fffffff
    if (cpStart >= ccpText) break
    pieces.push({ cpStart, cpEnd, fc: compressed ? fc / 2 : fc, compressed })
  }
  return pieces
}

/** Paragraph properties by the byte offset (in WordDocument) of the text run they cover. */
function readPapx(word: Uint8Array, table: Uint8Array, data: Uint8Array | undefined, fcPlc: number, lcbPlc: number): { start: number; end: number; props: ParagraphProps }[] {
  const runs: { start: number; end: number; props: ParagraphProps }[] = []
  if (lcbPlc < 8 || fcPlc + lcbPlc > table.length) return runs
  const n = Math.floor((lcbPlc - 4) / 8)
  for (let i = 0; i < n; i++) {
    const pn = u32(table, fcPlc + (n + 1) * 4 + i * 4) & 0x3fffff
    const page = pn * 512
    if (page + 512 > word.length) continue
    const crun = word[page + 511]!
    for (let r = 0; r < crun; r++) {
      const start = u32(word, page + r * 4)
      const end = u32(word, page + (r + 1) * 4)
      const bOffset = word[page + (crun + 1) * 4 + r * 13]! * 2
      if (bOffset === 0) {
        runs.push({ start, end, props: { inTable: false, rowEnd: false, depth: 0 } })
        continue
      }
      const at = page + bOffset
      let cb = word[at]!
      let grpprl = at + 1
      if (cb === 0) {
        cb = word[at + 1]! * 2
        grpprl = at + 2
      } else cb = cb * 2 - 1
      // GrpPrlAndIstd: the style index (2 bytes), then the sprms.
      runs.push({ start, end, props: readSprms(word, grpprl + 2, Math.min(grpprl + cb, page + 511), data) })
    }
  }
  runs.sort((a, b) => a.start - b.start)
  return runs
}

/** The run of paragraph properties holding byte offset `fc`, by binary search. */
function propsAt(runs: readonly { start: number; end: number; props: ParagraphProps }[], fc: number): ParagraphProps | undefined {
  let lo = 0
  let hi = runs.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const r = runs[mid]!
    if (fc < r.start) hi = mid - 1
    else if (fc >= r.end) lo = mid + 1
    else return r.props
  }
  return undefined
}

/** Read the main text and its table marks from the WordDocument and table streams. */
export function readDocText(streams: ReadonlyMap<string, Uint8Array>): DocRead {
  const word = streams.get('WordDocument')
  if (!word) return { ok: false, why: 'not-doc', detail: 'no WordDocument stream' }
  if (u16(word, 0) !== 0xa5ec) return { ok: false, why: 'not-doc', detail: 'no Word signature (wIdent) in the WordDocument stream' }
  const nFib = u16(word, 2)
  const flags = u16(word, 0x0a)
  if (flags & 0x0100) return { ok: false, why: 'encrypted-doc', detail: 'fEncrypted is set' }
  if (nFib < 0x00c1) return { ok: false, why: 'doc-unsupported', detail: `nFib ${nFib} (Word 6/95 or earlier)` }
  const table = streams.get(flags & 0x0200 ? '1Table' : '0Table')
  if (!table) return { ok: false, why: 'doc-unsupported', detail: 'no table stream' }
  // FibBase (32 bytes), csw + FibRgW, cslw + FibRgLw, cbRgFcLcb + FibRgFcLcb.
  const csw = u16(word, 32)
  const lw = 34 + csw * 2
  const cslw = u16(word, lw)
  const ccpText = u32(word, lw + 2 + 3 * 4)
  const fcLcb = lw + 2 + cslw * 4 + 2
  const pair = (i: number) => [u32(word, fcLcb + i * 8), u32(word, fcLcb + i * 8 + 4)] as const
  const [fcPlcfBtePapx, lcbPlcfBtePapx] = pair(13)
  const [fcClx, lcbClx] = pair(33)
  if (ccpText < 0 || fcClx < 0 || lcbClx <= 0) return { ok: false, why: 'doc-unsupported', detail: 'no piece table' }
  const pieces = readPieces(table, fcClx, lcbClx, ccpText)
  if (!pieces) return { ok: false, why: 'doc-unsupported', detail: 'the piece table is damaged' }
  const papx = readPapx(word, table, streams.get('Data'), fcPlcfBtePapx, lcbPlcfBtePapx)
  const chars: string[] = []
  const marks = new Map<number, 'cell' | 'row' | 'inner'>()
  const merges = new Map<number, RowCell[]>()
  // A real document's text fits in its stream; pieces of a damaged one that point again and again
  // at the same bytes must not multiply the work.
  const limit = word.length
  for (const p of pieces) {
    const width = p.compressed ? 1 : 2
    if (chars.length >= limit) break
    for (let cp = p.cpStart; cp < p.cpEnd && chars.length < limit; cp++) {
      const at = p.fc + (cp - p.cpStart) * width
      if (at + width > word.length) break
      const code = p.compressed ? (cp1252[word[at]!] ?? word[at]!) : u16(word, at)
      if (code === 0x07 || code === 0x0d) {
        const props = propsAt(papx, at)
        // A table nested in a cell (depth > 1) is read as text of the outer cell.
        if (props?.inTable && props.depth <= 1 && code === 0x07) {
          marks.set(chars.length, props.rowEnd ? 'row' : 'cell')
          if (props.rowEnd && props.vMerge) merges.set(chars.length, props.vMerge)
        } else if (props?.inTable) marks.set(chars.length, 'inner')
      }
      chars.push(String.fromCharCode(code))
    }
  }
  return { ok: true, doc: { text: chars.join(''), marks, merges } }
}
