import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  readonly messageId: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  /** text/calendar parts (nodemailer's icalEvent): their content and METHOD parameter. */
  readonly calendars: { method: string; content: string }[];
  readonly headers: ParsedMail['headers'];
}

/**
 * A real SMTP server (smtp-server) that parses what it accepts with mailparser. `reject` holds
 * addresses refused with 550; `beforeAccept` runs before a message is accepted (a test kills a
 * worker there: the message is then never accepted).
 */
export async function startSmtpServer(): Promise<{
  url: string;
  received: ReceivedMail[];
  reject: Set<string>;
  beforeAccept: { fn: ((count: number) => Promise<void> | void) | null };
  close(): Promise<void>;
}> {
  const received: ReceivedMail[] = [];
  const reject = new Set<string>();
  const beforeAccept: { fn: ((count: number) => Promise<void> | void) | null } = { fn: null };
  let seen = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (reject.has(address.address)) return callback(Object.assign(new Error('550 mailbox unavailable'), { responseCode: 550 }));
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then(async (mail) => {
          seen += 1;
          if (beforeAccept.fn) await beforeAccept.fn(seen);
          const attachments = mail.attachments ?? [];
          const calendars = attachments
            .filter((a) => a.contentType.startsWith('text/calendar'))
            .map((a) => ({ method: String((a as unknown as { method?: string }).method ?? /METHOD:(\w+)/.exec(a.content.toString('utf8'))?.[1] ?? ''), content: a.content.toString('utf8') }));
          received.push({
            messageId: mail.messageId ?? '',
            to: Array.isArray(mail.to) ? mail.to.map((x) => x.text).join(',') : (mail.to?.value[0]?.address ?? ''),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            calendars,
            headers: mail.headers,
          });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { url: `smtp://127.0.0.1:${port}`, received, reject, beforeAccept, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export interface LinePush {
  readonly authorization: string | undefined;
  readonly retryKey: string | undefined;
  readonly contentType: string | undefined;
  readonly body: unknown;
}

/**
 * Stands in for the LINE Messaging API push endpoint: checks the documented request shape
 * (POST /v2/bot/message/push, Bearer token, JSON {to, messages:[{type:'text', text}]}, a UUID
 * X-Line-Retry-Key) and answers 409 for a retry key it already accepted, as LINE does.
 */
export async function startLineServer(token: string): Promise<{ url: string; pushes: LinePush[]; refused: string[]; close(): Promise<void> }> {
  const pushes: LinePush[] = [];
  const refused: string[] = [];
  const keys = new Set<string>();
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString('utf8')));
    req.on('end', () => {
      const problems: string[] = [];
      if (req.method !== 'POST' || req.url !== '/v2/bot/message/push') problems.push(`${req.method} ${req.url}`);
      if (req.headers.authorization !== `Bearer ${token}`) problems.push('authorization');
      if (!String(req.headers['content-type']).startsWith('application/json')) problems.push('content-type');
      const key = req.headers['x-line-retry-key'];
      if (typeof key !== 'string' || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(key)) problems.push('x-line-retry-key');
      let body: { to?: unknown; messages?: { type?: unknown; text?: unknown }[] } = {};
      try {
        body = JSON.parse(raw) as typeof body;
      } catch {
        problems.push('json');
      }
      if (typeof body.to !== 'string' || !/^U[0-9a-f]{32}$/.test(body.to)) problems.push('to');
      if (!Array.isArray(body.messages) || body.messages.length < 1 || body.messages.length > 5 || body.messages.some((m) => m.type !== 'text' || typeof m.text !== 'string' || m.text.length > 5000)) problems.push('messages');
      if (problems.length) {
        refused.push(problems.join(','));
        res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ message: problems.join(',') }));
        return;
      }
      if (keys.has(key as string)) {
        res.writeHead(409, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'The retry key is already accepted' }));
        return;
      }
      keys.add(key as string);
      pushes.push({ authorization: req.headers.authorization, retryKey: key as string, contentType: req.headers['content-type'], body });
      res.writeHead(200, { 'content-type': 'application/json', 'x-line-request-id': key as string }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, pushes, refused, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export async function waitFor<T>(check: () => T | Promise<T>, timeoutMs = 20_000, what = 'condition'): Promise<NonNullable<T>> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
