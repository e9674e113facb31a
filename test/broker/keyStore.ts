// A throw-away TLS identity for the broker (keytool, into a temp folder): a PKCS12 key store for its sslContext, and
// a trust store with its certificate for ActiveMQ's Java client. The certificate names localhost and 127.0.0.1, so
// the client's host name check (on by default since 5.15) passes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const STORE_PASSWORD = 'password';

export interface KeyStores {
  dir: string;
  keyStore: string;
  trustStore: string;
  /** The broker's <sslContext> element for the key store. */
  sslContext: string;
  /** Java system properties that make a client trust the broker. */
  clientProperties: Record<string, string>;
  remove(): void;
}

function keytool(...args: string[]): void {
  execFileSync('keytool', [...args, '-storetype', 'PKCS12', '-storepass', STORE_PASSWORD], { stdio: 'ignore' });
}

export function makeKeyStores(): KeyStores {
  const dir = mkdtempSync(join(tmpdir(), 'amq-tls.'));
  const keyStore = join(dir, 'broker.p12');
  const trustStore = join(dir, 'client-trust.p12');
  const certificate = join(dir, 'broker.crt');
  keytool('-genkeypair', '-alias', 'broker', '-keyalg', 'RSA', '-keysize', '2048', '-dname', 'CN=localhost', '-validity', '2',
    '-ext', 'SAN=dns:localhost,ip:127.0.0.1', '-keystore', keyStore, '-keypass', STORE_PASSWORD);
  keytool('-exportcert', '-alias', 'broker', '-keystore', keyStore, '-file', certificate);
  keytool('-importcert', '-noprompt', '-alias', 'broker', '-file', certificate, '-keystore', trustStore);
  return {
    dir,
    keyStore,
    trustStore,
    sslContext: `<sslContext><sslContext keyStore="${keyStore}" keyStorePassword="${STORE_PASSWORD}" keyStoreType="PKCS12"/></sslContext>`,
    clientProperties: { 'javax.net.ssl.trustStore': trustStore, 'javax.net.ssl.trustStorePassword': STORE_PASSWORD, 'javax.net.ssl.trustStoreType': 'PKCS12' },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
