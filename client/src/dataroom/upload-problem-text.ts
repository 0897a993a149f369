// An upload failure in one sentence in the reader's language, naming the limit where there is one.
import type { Translate } from '../i18n/locale.svelte.ts';
import { formatSize } from './format-size.ts';
import type { UploadProblem } from './upload-problem.ts';

export function uploadProblemText(problem: UploadProblem, t: Translate, locale: string): string {
  switch (problem.kind) {
    case 'too-large':
      return problem.limitBytes === null ? t('files.problem.tooLargeUnknown') : t('files.problem.tooLarge', { limit: formatSize(problem.limitBytes, locale) });
    case 'type-refused':
      return t('files.problem.type');
    case 'empty':
      return t('files.problem.empty');
    case 'forbidden':
      return t('files.problem.forbidden');
    case 'gone':
      return t('files.problem.gone');
    case 'signed-out':
      return t('error.unauthenticated');
    case 'invalid':
      return problem.message ? `${t('files.problem.invalid')} ${problem.message}` : t('files.problem.invalid');
    case 'network':
      return t('files.problem.network');
    case 'server':
      return t('files.problem.server');
  }
}
