import { checkReport, reportToJson } from '@gai/model'
import { parseHtml } from '@gai/parse-html'
import { parseText } from '@gai/parse-text'
import { toCsv, toHtml } from '@gai/render'
import { texts } from './i18n.js'

const $ = (id) => document.getElementById(id)
let locale = 'zh'
let current = { bytes: null, name: 'report.txt' }
const urls = []

function t(key) {
  return texts[locale][key]
}

function applyLanguage() {
  document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en'
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n)
  $('lang').textContent = t('lang')
}

/** Read what the user gave (a file's bytes, or the pasted text), check it, show everything. */
function run() {
  const text = $('source').value
  const input = current.bytes ?? text
  const isHtml = /\.html?$/i.test(current.name) || /^\s*</.test(text)
  const { report, diagnostics } = (isHtml ? parseHtml : parseText)(input, { source: current.name, locale })
  for (const u of urls.splice(0)) URL.revokeObjectURL(u)
  $('diagnostics').replaceChildren()
  $('tables').replaceChildren()
  if (!report) {
    $('summary').textContent = t('unreadable') + diagnostics.map((d) => d.reason).join('；')
    return
  }
  const found = [...diagnostics.filter((d) => d.severity !== 'info'), ...checkReport(report, { locale, infos: false })]
  const errors = found.filter((d) => d.severity === 'error').length
  const warnings = found.filter((d) => d.severity === 'warning').length
  $('summary').textContent = t('summary')(report, errors, warnings) + (found.length ? '' : ` ${t('clean')}`)
  // toHtml escapes every text of the report, so its output is safe to insert.
  $('tables').innerHTML = toHtml(report)
  for (const d of found) {
    for (const c of d.cells) {
      const td = $('tables').querySelector(`[data-cell="${c.key}"]`)
      if (td) td.classList.add('flagged', d.severity)
    }
    const li = document.createElement('li')
    li.className = d.severity
    const where = d.place ? `${d.place.start.line}:${d.place.start.column} ` : ''
    li.textContent = `${where}${d.reason} (${d.ruleId})`
    li.addEventListener('click', () => focus(d))
    $('diagnostics').append(li)
  }
  const link = (id, body, type) => {
    const url = URL.createObjectURL(new Blob([body], { type }))
    urls.push(url)
    $(id).href = url
  }
  link('download-json', reportToJson(report), 'application/json')
  link('download-csv', toCsv(report), 'text/csv')
}

/** Jump to a diagnostic: its cells in the tables, its place in the source. */
function focus(d) {
  for (const el of document.querySelectorAll('td.focused')) el.classList.remove('focused')
  const first = d.cells.map((c) => $('tables').querySelector(`[data-cell="${c.key}"]`)).find(Boolean)
  if (first) {
    first.classList.add('focused')
    first.scrollIntoView({ block: 'center' })
  }
  const p = d.cells.find((c) => c.origin)?.origin?.position ?? d.place
  if (p && current.bytes === null) {
    const area = $('source')
    area.focus()
    area.setSelectionRange(p.start.offset, p.end.offset)
  }
}

async function load(file) {
  current = { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name }
  const { text } = /\.html?$/i.test(file.name) ? { text: new TextDecoder().decode(current.bytes) } : { text: null }
  $('source').value = text ?? decodeForDisplay(current.bytes)
  // Once shown, the text is what is checked, so edits count; positions refer to it.
  current.bytes = null
  run()
}

function decodeForDisplay(bytes) {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('gb18030').decode(bytes)
  }
}

$('file').addEventListener('change', (e) => e.target.files[0] && load(e.target.files[0]))
$('drop').addEventListener('dragover', (e) => {
  e.preventDefault()
  $('drop').classList.add('over')
})
$('drop').addEventListener('dragleave', () => $('drop').classList.remove('over'))
$('drop').addEventListener('drop', (e) => {
  e.preventDefault()
  $('drop').classList.remove('over')
  if (e.dataTransfer.files[0]) load(e.dataTransfer.files[0])
})
$('check').addEventListener('click', () => {
  current.bytes = null
  run()
})
$('source').addEventListener('input', () => {
  current.bytes = null
})
$('lang').addEventListener('click', () => {
  locale = locale === 'zh' ? 'en' : 'zh'
  applyLanguage()
  if ($('source').value.trim()) run()
})
applyLanguage()
