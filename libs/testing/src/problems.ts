/** The field errors of a problem response as `field:code`, in their order. */
export function fieldErrors(body: { errors?: { field: string; code: string }[] }): string[] {
  return (body.errors ?? []).map((error) => `${error.field}:${error.code}`);
}
