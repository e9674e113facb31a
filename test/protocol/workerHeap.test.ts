// The validation worker's heap is capped (validationWorker.ts); a document that needs more than the cap is still
// analysed in full: the worker runs out of heap, is started again with twice the cap, and runs the job again.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { generateConfig } from '../../bench/generateConfig';
import { LspClient } from './lspClient';

// Its analysis needs more than the 4 MB heap this server starts its worker with (three doublings, to 32 MB).
const text = generateConfig(1500);
let capped: LspClient;
let uncapped: LspClient;

before(async () => {
  capped = new LspClient({ ...process.env, ACTIVEMQ_XML_WORKER_HEAP_MB: '4' });
  uncapped = new LspClient();
  await Promise.all([capped.initialize(), uncapped.initialize()]);
});
after(() => Promise.all([capped.stop(), uncapped.stop()]));

const seen = (diagnostics: Diagnostic[]) => diagnostics.map((d) => JSON.stringify([d.code, d.severity, d.range, d.message]));

test('a worker that runs out of heap is started with a larger one, and the diagnostics are those of a full analysis', async () => {
  const uri = 'file:///tmp/worker-heap/activemq.xml';
  const [small, full] = await Promise.all([capped.open(uri, text), uncapped.open(uri, text)]);
  assert.ok(full.diagnostics.length > 100, `the generated config has findings: ${full.diagnostics.length}`);
  assert.deepEqual(seen(small.diagnostics), seen(full.diagnostics));
  assert.ok(capped.logs.some((l) => /the validation worker ran out of heap on file:\/\/\/tmp\/worker-heap\/activemq\.xml; starting it again with 8 MB/.test(l)), capped.logs.join('\n'));
  assert.ok(!uncapped.logs.some((l) => /ran out of heap/.test(l)), uncapped.logs.join('\n'));
});
