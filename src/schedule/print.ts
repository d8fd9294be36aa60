import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Prints every session expanded: opens the closed disclosures of a shadow
 * root before the page prints and closes them again after. The print styles
 * do the same with `::details-content` where the engine knows it; this is
 * for the engines that do not.
 */
export class PrintDisclosuresController implements ReactiveController {
  private opened: HTMLDetailsElement[] = [];
  private printing = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly root: () => ParentNode | null | undefined,
  ) {
    host.addController(this);
  }

  private open(): void {
    const closed = this.root()?.querySelectorAll<HTMLDetailsElement>('details:not([open])');
    for (const details of closed ?? []) {
      details.open = true;
      this.opened.push(details);
    }
  }

  private readonly before = () => {
    this.printing = true;
    this.open();
    // Sessions rendered for print (what a first render held back) open too.
    void this.host.updateComplete.then(() => this.printing && this.open());
  };

  private readonly after = () => {
    this.printing = false;
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
