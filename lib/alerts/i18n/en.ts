import type { AlertTextKey } from './fa';

/** English words of alerts to a phone. */
export const alertEn: Record<AlertTextKey, string> = {
  open: 'Send to phone',
  title: 'Send news to a phone',
  intro:
    'Besides the browser notification, this search’s news also goes to a Telegram or Bale chat (through your own bot) or to your own webhook.',
  empty: 'No destination added yet.',
  'kind.telegram': 'Telegram',
  'kind.bale': 'Bale',
  'kind.webhook': 'Webhook',
  'to.telegram': 'Telegram',
  'to.bale': 'Bale',
  'to.webhook': 'the webhook',
  kind: 'Destination',
  token: 'Bot token',
  tokenHint:
    'Get it from BotFather; it stays in this browser and goes only to that messenger’s site.',
  chatId: 'Chat id',
  chatHint:
    'The numeric id of the chat or channel (e.g. 123456789), or @channelname; press Start in the bot first.',
  url: 'Webhook link',
  urlHint: 'https links only; each piece of news is one POST of JSON.',
  permissionNote: 'When you add it, the browser asks to let the extension reach that site.',
  add: 'Add',
  adding: 'Adding…',
  denied: 'Permission was not given; nothing was added.',
  test: 'Test message',
  testSent: 'Test message sent.',
  retry: 'Send again now',
  allow: 'Allow',
  remove: 'Remove',
  ok: 'Ready',
  pending: 'Waiting to send: {n}',
  failed: 'Sending to {target} failed; trying again at {time}.',
  notAllowed: 'Sending to {target} is not allowed yet; open “Send to phone” and press “Allow”.',
  dropped: '{n} older messages were dropped because the queue was full.',
};
