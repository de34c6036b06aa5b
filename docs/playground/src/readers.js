import { htmlReader } from '@gai/parse-html'
import { docReader, docxReader } from '@gai/parse-docx'
import { pdfReader } from '@gai/parse-pdf'
import { textReader } from '@gai/parse-text'
import { GlobalWorkerOptions } from 'pdfjs-dist/legacy/build/pdf.mjs'
// The worker of the same pdf.js build @gai/parse-pdf reads with, bundled as a file of the page
// (served from the page's own folder, so nothing is fetched from elsewhere).
import pdfWorker from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url'

// In a browser pdf.js parses in a worker, which it must be told where to find before a first read.
GlobalWorkerOptions.workerSrc = pdfWorker

/** Every reader the page knows; the dropped file's bytes choose among them, text the catch-all. */
export const readers = [pdfReader, docxReader, docReader, htmlReader, textReader]

/** The readers of text the user can see and edit in the page. */
export const textReaders = [htmlReader, textReader]
