import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import { AlertTargetForm } from '@/components/alerts/AlertTargetForm';
import { RequestOriginsContext } from '@/components/alerts/alert-env';
import { LangContext } from '@/components/i18n';
import { ServicesContext } from '@/components/services';
import { CHAT, TOKEN } from './harness';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function renderForm() {
  const { document, window } = parseHTML(
    '<!doctype html><html><body><div id="root"></div></body></html>',
  );
  const root = document.getElementById('root') as unknown as HTMLElement;
  const calls: string[] = [];
  let answerPrompt: (granted: boolean) => void = () => {};
  const requestOrigins = (origins: string[]) => {
    calls.push(`permission ${origins.join(' ')}`);
    return new Promise<boolean>((resolve) => {
      answerPrompt = resolve;
    });
  };
  const send = async (message: unknown) => {
    const { type, ...rest } = message as { type: string };
    calls.push(`${type} ${JSON.stringify(rest)}`);
    return { ok: true, data: [] };
  };
  const added: unknown[] = [];
  const services = { send, watchJob: () => () => {} };
  const form = h(AlertTargetForm, {
    watchId: 'w1',
    onAdded: (targets) => void added.push(targets),
    onError: (kind) => void calls.push(`error ${kind}`),
  });
  render(
    h(
      LangContext.Provider,
      { value: 'en' },
      h(
        ServicesContext.Provider,
        { value: services as never },
        h(RequestOriginsContext.Provider, { value: requestOrigins }, form),
      ),
    ),
    root,
  );
  const byId = (id: string) => root.querySelector(`[data-testid="${id}"]`) as HTMLInputElement;
  const type = async (id: string, value: string, event = 'input') => {
    const field = byId(id);
    if (field.tagName === 'SELECT')
      for (const option of field.querySelectorAll('option'))
        option.toggleAttribute('selected', option.getAttribute('value') === value);
    else field.value = value;
    field.dispatchEvent(new window.Event(event, { bubbles: true }));
    await tick();
  };
  const submit = async () => {
    byId('alert-form').dispatchEvent(
      new window.Event('submit', { bubbles: true, cancelable: true }),
    );
  };
  return { byId, type, submit, calls, added, answer: (granted: boolean) => answerPrompt(granted) };
}

describe('adding a destination', () => {
  it('asks for the bot host and saves the target in the same click, before the prompt is answered', async () => {
    const form = renderForm();
    expect(form.byId('alert-add').disabled).toBe(true);
    await form.type('alert-token', TOKEN);
    await form.type('alert-chat', CHAT);
    expect(form.byId('alert-add').disabled).toBe(false);
    await form.submit();
    // Both went out synchronously in the click (the prompt is still open).
    expect(form.calls).toEqual([
      'permission https://api.telegram.org/*',
      `alertAdd ${JSON.stringify({ watchId: 'w1', kind: 'telegram', token: TOKEN, chatId: CHAT })}`,
    ]);
    form.answer(true);
    await tick();
    expect(form.calls.at(-1)).toBe('alertTargets {"watchId":"w1"}');
    expect(form.added).toHaveLength(1);
  });

  it('a webhook asks for its own host only, and a link that is not https cannot be added', async () => {
    const form = renderForm();
    await form.type('alert-kind', 'webhook', 'change');
    await form.type('alert-url', 'http://hooks.example.com/x');
    expect(form.byId('alert-add').disabled).toBe(true);
    await form.type('alert-url', 'https://hooks.example.com/x?key=1');
    await form.submit();
    expect(form.calls[0]).toBe('permission https://hooks.example.com/*');
    form.answer(false);
    await tick();
    // A refused prompt keeps the target (it shows "not allowed" and an Allow button).
    expect(form.added).toHaveLength(1);
    expect(form.calls).not.toContain('alertTargets {"watchId":"w1"}');
  });
});
