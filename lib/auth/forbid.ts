import "server-only";
import { forbidden } from "next/navigation";
import { ForbiddenError } from "./permissions";

/**
 * For pages whose query checks the permission on the concrete object: a refusal becomes the
 * 403 page instead of an error page.
 */
export async function forbidIfRefused<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof ForbiddenError) forbidden();
    throw error;
  }
}
