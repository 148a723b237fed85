/** The package version, used by the define guard to detect two versions on one page. */
export const VERSION = '0.1.0';
