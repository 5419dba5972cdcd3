/** A throw-away self-signed certificate for divar.ir, its subdomains, Pishkhan's API host, ingatlanok.hu and the alert fakes (openssl). */
import { execFile } from 'node:child_process';
import { createHash, createPublicKey } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** PEM key and certificate, and the SPKI hash Chromium's --ignore-certificate-errors-spki-list wants. */
export interface ReplicaCertificate {
  keyPem: string;
  certPem: string;
  spkiHash: string;
}

// divar's hosts, Cafe Bazaar's Pishkhan API, the partner portal's (ingatlanok.hu and its sandbox),
// and the alert fakes' (Telegram's and Bale's Bot API, a webhook receiver).
const SUBJECT_ALT_NAMES =
  'DNS:divar.ir,DNS:*.divar.ir,DNS:api.pishkhan.cafebazaar.ir,DNS:ingatlanok.hu,DNS:*.ingatlanok.hu,DNS:api.telegram.org,DNS:tapi.bale.ai,DNS:hooks.alerts.test,DNS:localhost,IP:127.0.0.1';

/** base64 of the SHA-256 of the certificate's SubjectPublicKeyInfo (DER). */
export function spkiHashOf(certPem: string): string {
  const spki = createPublicKey(certPem).export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spki).digest('base64');
}

/** Generates an EC P-256 certificate (valid 30 days) in a temp dir, reads it and deletes the dir. */
export async function createCertificate(
  opensslPath = process.env.OPENSSL ?? 'openssl',
): Promise<ReplicaCertificate> {
  const dir = await mkdtemp(join(tmpdir(), 'divar-replica-'));
  const keyFile = join(dir, 'key.pem');
  const certFile = join(dir, 'cert.pem');
  try {
    await promisify(execFile)(opensslPath, [
      ...['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1'],
      ...['-nodes', '-days', '30', '-subj', '/CN=divar.ir/O=Divar Actions replica'],
      ...['-addext', `subjectAltName=${SUBJECT_ALT_NAMES}`],
      ...['-keyout', keyFile, '-out', certFile],
    ]);
    const [keyPem, certPem] = await Promise.all([
      readFile(keyFile, 'utf8'),
      readFile(certFile, 'utf8'),
    ]);
    return { keyPem, certPem, spkiHash: spkiHashOf(certPem) };
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    const hint = missing
      ? `"${opensslPath}" was not found; install OpenSSL (apt-get install openssl) or set OPENSSL=/path/to/openssl`
      : 'openssl failed to create the certificate';
    throw new Error(`divar replica: ${hint}`, { cause: error });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
