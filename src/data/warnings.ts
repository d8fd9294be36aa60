import type { ValidationWarning } from './types.js';

/** At most this many warnings are kept for one document; the rest are counted. */
export const MAX_WARNINGS = 200;

/**
 * Collects warnings, each with the path of what was left out or changed, up
 * to MAX_WARNINGS; past that it counts them and ends with "and N more problems".
 */
export class WarningReport {
  readonly warnings: ValidationWarning[] = [];
  private dropped = 0;

  warn(path: string, message: string): void {
    if (this.warnings.length < MAX_WARNINGS) this.warnings.push({ path, message });
    else this.dropped++;
  }

  done(): ValidationWarning[] {
    if (this.dropped > 0) {
      this.warnings.push({ path: '', message: `and ${this.dropped} more problems` });
    }
    return this.warnings;
  }
}
