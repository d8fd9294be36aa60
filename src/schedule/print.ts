import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Prints every session expanded: opens the closed disclosures of a shadow
 * root before the page prints and closes them again after. The print styles
 * do the same with `::details-content` where the engine knows it; this is
 * for the engines that do not.
 */
export class PrintDisclosuresController implements ReactiveController {
  private opened: HTMLDetailsElement[] = [];

  constructor(
    host: ReactiveControllerHost,
    private readonly root: () => ParentNode | null | undefined,
  ) {
    host.addController(this);
  }

  private readonly before = () => {
    const closed = this.root()?.querySelectorAll<HTMLDetailsElement>('details:not([open])');
    this.opened = [...(closed ?? [])];
    for (const details of this.opened) details.open = true;
  };

  private readonly after = () => {
    for (const details of this.opened) details.open = false;
    this.opened = [];
  };

  hostConnected(): void {
    addEventListener('beforeprint', this.before);
    addEventListener('afterprint', this.after);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.before);
    removeEventListener('afterprint', this.after);
  }
}
