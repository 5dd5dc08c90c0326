import { isApiError } from '../../../api/api-error.ts';
import { isArnRejected } from '../../../api/error-status.ts';
import { describeError } from '../../../api/describe-error.ts';

/**
 * When the API blames one of the form's fields (`meta.field` of a 400, or the ARN on a 417),
 * the message for that field, ready for `form.setErrors`.
 */
export function fieldErrorOf(error: unknown, fields: string[]): Record<string, string> | null {
  if (!isApiError(error) || error.kind !== 'http') return null;
  const field = typeof error.meta.field === 'string' ? error.meta.field : null;
  const blamed = field ?? (isArnRejected(error) && fields.includes('arn') ? 'arn' : null);
  if (!blamed || !fields.includes(blamed)) return null;
  return { [blamed]: error.detail ?? describeError(error).title };
}
