// npm run test:broker: the tests under test/broker (and its folders), against real ActiveMQ brokers (Debian's activemq package).
// Without the package (or Java) it says so in one line and fails: it is a CI step, never a silent skip.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const launcher = join(process.env.AMQ_HOME ?? '/usr/share/activemq', 'bin/activemq.jar');
const java = spawnSync('java', ['-version'], { stdio: 'ignore' });
if (!existsSync(launcher) || java.error || java.status !== 0) {
  console.error(`test:broker: no ActiveMQ broker here (${existsSync(launcher) ? 'java does not run' : `${launcher} is missing`}): apt-get install activemq default-jre-headless`);
  process.exit(1);
}
const dir = 'test/broker';
const files = process.argv.length > 2 ? process.argv.slice(2) : readdirSync(dir, { recursive: true }).filter((n) => n.endsWith('.test.ts')).sort().map((n) => join(dir, n));
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
