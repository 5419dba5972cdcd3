/** A problem the user can fix: printed as a plain message, never with a stack trace. */
export class UserError extends Error {
  override name = 'UserError';

  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** Runs a command-line `main`, printing UserErrors plainly, and exits with its status. */
export async function runMain(main: () => Promise<number>): Promise<never> {
  try {
    process.exit(await main());
  } catch (error) {
    if (error instanceof UserError) {
      console.error(`\n✖ ${error.message}`);
      process.exit(error.exitCode);
    }
    console.error(error);
    process.exit(1);
  }
}
