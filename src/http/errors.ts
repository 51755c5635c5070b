/**
 * Every error the API answers with, in one place: its status, its title and the `type` URI of its
 * RFC 9457 problem document. Handlers throw `ApiError`; the error handler turns it into problem+json.
 */
export const PROBLEM_TYPES = {
  invalid_parameter: { status: 400, title: 'Invalid request parameter' },
  invalid_cursor: { status: 400, title: 'Invalid cursor' },
  not_found: { status: 404, title: 'Not found' },
  not_acceptable: { status: 406, title: 'Not acceptable' },
  rate_limited: { status: 429, title: 'Too many requests' },
  payload_too_large: { status: 413, title: 'Request too large' },
  request_timeout: { status: 503, title: 'Request timed out' },
  not_ready: { status: 503, title: 'Service not ready' },
  internal: { status: 500, title: 'Internal server error' },
} as const;

export type ProblemCode = keyof typeof PROBLEM_TYPES;

export interface ParameterError {
  parameter: string;
  reason: string;
}

export const problemTypeUri = (code: ProblemCode) => `https://aleppo-ledger.example/problems/${code.replaceAll('_', '-')}`;

export class ApiError extends Error {
  readonly code: ProblemCode;
  readonly status: number;
  readonly errors: ParameterError[];

  constructor(code: ProblemCode, detail: string, errors: ParameterError[] = []) {
    super(detail);
    this.name = 'ApiError';
    this.code = code;
    this.status = PROBLEM_TYPES[code].status;
    this.errors = errors;
  }
}

export const invalidParameter = (parameter: string, reason: string) =>
  new ApiError('invalid_parameter', `Parameter "${parameter}" ${reason}`, [{ parameter, reason }]);
