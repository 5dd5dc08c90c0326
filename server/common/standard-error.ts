/** The API's error body shape, `{"errors":[{code,title,detail}]}`, for answers the proxy gives itself. */
export function standardErrorResponse(
  status: number,
  error: { code: string; title: string; detail: string },
  headers: Record<string, string> = {},
): Response {
  return Response.json(
    { errors: [error] },
    { status, headers: { 'cache-control': 'no-store', ...headers } },
  );
}
