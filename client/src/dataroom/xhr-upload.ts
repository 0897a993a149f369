// Sends one file to the server with XMLHttpRequest, whose upload progress events are the one
// dependable way to show bytes leaving the browser (a fetch with a streaming body is not).
import { CSRF_HEADER } from '../../../shared/schemas/auth.ts';
import type { ApiClient } from '../lib/api-client.ts';
import { uploadPath } from './files-paths.ts';
import { UploadFailed, type UploadRequest, type UploadTransport } from './upload-queue.ts';
import { uploadProblem } from './upload-problem.ts';

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Not JSON (a proxy's error page): the status alone says what happened.
    return null;
  }
}

/** The transport of one deal's uploads: `PUT` of the raw bytes to the upload's own address. */
export function xhrUpload(api: ApiClient, dealId: string): UploadTransport {
  return (request: UploadRequest, onProgress, signal) =>
    new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('PUT', `/api${uploadPath(dealId, request)}`);
      xhr.setRequestHeader('content-type', request.body.type || 'application/octet-stream');
      xhr.setRequestHeader('accept', 'application/json');
      if (api.csrfToken) xhr.setRequestHeader(CSRF_HEADER, api.csrfToken);
      xhr.upload.onprogress = (event) => onProgress(event.loaded);
      xhr.onload = () => {
        const body = parsed(xhr.responseText);
        if (xhr.status >= 200 && xhr.status < 300) resolve(body);
        else reject(new UploadFailed(uploadProblem({ status: xhr.status, body })));
      };
      xhr.onerror = () => reject(new UploadFailed({ kind: 'network' }));
      xhr.onabort = () => reject(new UploadFailed({ kind: 'network' }));
      signal.addEventListener('abort', () => xhr.abort(), { once: true });
      xhr.send(request.body);
    });
}
