import type { CDPSession, Page } from '@playwright/test';

interface DomNode {
  nodeId: number;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

function indexNodes(node: DomNode, byId: Map<number, DomNode>): void {
  byId.set(node.nodeId, node);
  for (const child of [
    ...(node.children ?? []),
    ...(node.shadowRoots ?? []),
    ...(node.contentDocument ? [node.contentDocument] : []),
  ])
    indexNodes(child, byId);
}

/**
 * Reads and clicks inside the extension's closed shadow roots as the user (and the browser) can,
 * through the DevTools protocol: page scripts cannot, and Playwright's locators stop at closed
 * roots. Clicks are real mouse input at the element's place on screen, so they are trusted.
 */
export class ClosedShadow {
  private constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  /** Opens a DevTools session on `page`. */
  static async of(page: Page): Promise<ClosedShadow> {
    return new ClosedShadow(page, await page.context().newCDPSession(page));
  }

  /** The node ids of `selector` inside the shadow root of each `hostSelector` element, in order. */
  private async find(hostSelector: string, selector: string): Promise<(number | undefined)[]> {
    const { root } = await this.cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const byId = new Map<number, DomNode>();
    indexNodes(root as DomNode, byId);
    const { nodeIds } = await this.cdp.send('DOM.querySelectorAll', {
      nodeId: root.nodeId,
      selector: hostSelector,
    });
    return Promise.all(
      nodeIds.map(async (hostId) => {
        const shadow = byId.get(hostId)?.shadowRoots?.[0];
        if (!shadow) return undefined;
        const { nodeId } = await this.cdp.send('DOM.querySelector', {
          nodeId: shadow.nodeId,
          selector,
        });
        return nodeId || undefined;
      }),
    );
  }

  /**
   * The text of `selector` in each `hostSelector`'s closed root ('' where it has none). The
   * toolbar redraws itself (a new URL, a crawl's progress), so a node found may be gone a moment
   * later: then the lookup starts again.
   */
  async texts(hostSelector: string, selector: string): Promise<string[]> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.textsOnce(hostSelector, selector);
      } catch (error) {
        if (attempt >= 5 || !/No node with given id/.test(String(error))) throw error;
      }
    }
  }

  private async textsOnce(hostSelector: string, selector: string): Promise<string[]> {
    const ids = await this.find(hostSelector, selector);
    return Promise.all(
      ids.map(async (nodeId) => {
        if (nodeId === undefined) return '';
        const { object } = await this.cdp.send('DOM.resolveNode', { nodeId });
        const { result } = await this.cdp.send('Runtime.callFunctionOn', {
          objectId: object.objectId,
          // What the user sees: text drawn from data-text (lib/content/drawn-text.ts), else text.
          functionDeclaration:
            "function () { return this.getAttribute('data-text') ?? this.textContent; }",
          returnByValue: true,
        });
        return String(result.value ?? '');
      }),
    );
  }

  /** An attribute of `selector` in the first `hostSelector`'s closed root ('' when none). */
  async attribute(hostSelector: string, selector: string, name: string): Promise<string> {
    const [nodeId] = await this.find(hostSelector, selector);
    if (nodeId === undefined) return '';
    const { attributes } = await this.cdp.send('DOM.getAttributes', { nodeId });
    const at = attributes.indexOf(name);
    return at >= 0 && at % 2 === 0 ? (attributes[at + 1] ?? '') : '';
  }

  /** The `data-action` of the element focused inside the first `hostSelector`'s closed root. */
  async focusedAction(hostSelector: string): Promise<string> {
    const { root } = await this.cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const byId = new Map<number, DomNode>();
    indexNodes(root as DomNode, byId);
    const { nodeId } = await this.cdp.send('DOM.querySelector', {
      nodeId: root.nodeId,
      selector: hostSelector,
    });
    const shadow = byId.get(nodeId)?.shadowRoots?.[0];
    if (!shadow) return '';
    const { object } = await this.cdp.send('DOM.resolveNode', { nodeId: shadow.nodeId });
    const { result } = await this.cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration:
        "function () { return this.activeElement?.getAttribute('data-action') ?? ''; }",
      returnByValue: true,
    });
    return String(result.value ?? '');
  }

  /** The text of `selector` in the first `hostSelector`'s closed root. */
  async text(hostSelector: string, selector: string): Promise<string> {
    return (await this.texts(hostSelector, selector))[0] ?? '';
  }

  /** Clicks `selector` in the first `hostSelector`'s closed root with the real mouse. */
  async click(hostSelector: string, selector: string): Promise<void> {
    const [nodeId] = await this.find(hostSelector, selector);
    if (nodeId === undefined) throw new Error(`no ${selector} in ${hostSelector}`);
    await this.cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId });
    const { model } = await this.cdp.send('DOM.getBoxModel', { nodeId });
    const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.content;
    await this.page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  }
}
