/** One offending field of a request: a dotted path (`product.serial`), a rule name and a message. */
export interface FieldError {
  readonly field: string;
  readonly code: string;
  readonly message: string;
}

/** The error body every endpoint returns (stable `code`, never a stack trace). */
export interface ErrorBody {
  readonly code: string;
  readonly message: string;
  readonly fieldErrors?: readonly FieldError[];
  readonly details?: Record<string, unknown>;
  readonly correlationId: string;
}

/** An error raised at the HTTP edge, with the status and stable code it answers with. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fieldErrors?: readonly FieldError[],
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  static badRequest(code: string, message: string, fieldErrors?: readonly FieldError[]): ApiError {
    return new ApiError(400, code, message, fieldErrors);
  }
  static unauthorized(code: string, message: string): ApiError {
    return new ApiError(401, code, message);
  }
  static forbidden(code: string, message: string): ApiError {
    return new ApiError(403, code, message);
  }
  static notFound(code: string, message: string): ApiError {
    return new ApiError(404, code, message);
  }
  static conflict(code: string, message: string, details?: Record<string, unknown>): ApiError {
    return new ApiError(409, code, message, undefined, details);
  }
  static unprocessable(code: string, message: string, details?: Record<string, unknown>): ApiError {
    return new ApiError(422, code, message, undefined, details);
  }
}
