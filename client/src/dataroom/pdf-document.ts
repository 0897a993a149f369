// pdf.js for the viewer, loaded on first use (it is large): its worker and its data (CMaps for
// CJK text, the standard fonts, the image decoders) come from our own origin, so it works offline
// and without any CDN. The build copies the data to /pdfjs/ (vite.config.ts).
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';

type PdfJs = typeof import('pdfjs-dist');

let pdfjs: Promise<PdfJs> | null = null;

function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]).then(([library, worker]) => {
    library.GlobalWorkerOptions.workerSrc = worker.default;
    return library;
  });
  return pdfjs;
}

/** Opens a PDF from its bytes (pdf.js takes ownership of the buffer). */
export async function openPdf(data: ArrayBuffer): Promise<PDFDocumentProxy> {
  const { getDocument } = await loadPdfJs();
  return getDocument({
    data: new Uint8Array(data),
    cMapUrl: '/pdfjs/cmaps/',
    standardFontDataUrl: '/pdfjs/standard_fonts/',
    wasmUrl: '/pdfjs/wasm/',
  }).promise;
}

export interface RenderedPage {
  task: RenderTask;
  /** The page's size on screen, in CSS pixels. */
  width: number;
  height: number;
  /** Canvas pixels per CSS pixel. */
  ratio: number;
}

/** Starts drawing page `number` into `canvas`, `width` CSS pixels wide times `zoom`, sharp on this screen. */
export async function renderPdfPage(document: PDFDocumentProxy, number: number, canvas: HTMLCanvasElement, width: number, zoom: number): Promise<RenderedPage> {
  const page = await document.getPage(number);
  const natural = page.getViewport({ scale: 1 });
  const cssScale = (width / natural.width) * zoom;
  const ratio = window.devicePixelRatio || 1;
  const viewport = page.getViewport({ scale: cssScale * ratio });
  canvas.width = Math.floor(viewport.width);
  canvas.height = Math.floor(viewport.height);
  const task = page.render({ canvas, viewport });
  return { task, width: viewport.width / ratio, height: viewport.height / ratio, ratio };
}
