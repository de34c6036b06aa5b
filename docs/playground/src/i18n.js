/** The interface in Chinese (default) and English. */
export const texts = {
  zh: {
    title: '政府信息公开工作年度报告检查',
    privacy: '报告只在本机浏览器中处理，不会上传。',
    drop: '拖入或选择报告文件（HTML 或文本）',
    paste: '或粘贴报告全文：',
    check: '检查',
    json: '下载 JSON',
    csv: '下载 CSV',
    lang: 'English',
    summary: (r, e, w) => `${r.meta.organ ?? '（未识别机关）'} · ${r.meta.year ?? '?'} 年度 · ${r.format} 版格式 · ${e} 个错误，${w} 个警告`,
    unreadable: '无法读取：',
    clean: '未发现问题。',
  },
  en: {
    title: 'Check a government information-disclosure annual report',
    privacy: 'The report is processed in this browser only; nothing is uploaded.',
    drop: 'Drop or choose a report file (HTML or text)',
    paste: 'or paste the report text:',
    check: 'Check',
    json: 'Download JSON',
    csv: 'Download CSV',
    lang: '中文',
    summary: (r, e, w) => `${r.meta.organ ?? '(organ not found)'} · ${r.meta.year ?? '?'} · format ${r.format} · ${e} errors, ${w} warnings`,
    unreadable: 'Cannot read: ',
    clean: 'No problems found.',
  },
}
