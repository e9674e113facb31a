// Differential property test: the service's effective permissions (activemq-lint --who-can, the function behind
// hover) against real ActiveMQ 5.17.2 brokers, on generated configs. BROKER_SEED explores other configs,
// BROKER_CONFIGS sets how many; CI uses the fixed seed below, whose figures docs/fidelity.md quotes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { caseSpec, describeDisagreement, runCase } from './differential/compare';
import { renderConfig } from './differential/generate';
import { shrink } from './differential/shrink';
import { readFileSync } from 'node:fs';

// The figures docs/fidelity.md quotes (written by hand after a run; a test never writes tracked files): all seeds run
// so far, and the CI seed's own count, which this test checks on every CI run.
const FIGURES = JSON.parse(readFileSync('test/broker/differential-figures.json', 'utf8')) as { ci: { seed: number; configs: number; probes: number } };
const DIFFERENTIAL_FIGURES = FIGURES.ci;

const seed = Number(process.env.BROKER_SEED ?? DIFFERENTIAL_FIGURES.seed);
const configs = Number(process.env.BROKER_CONFIGS ?? DIFFERENTIAL_FIGURES.configs);
/** Brokers running at once (each takes a core while it starts). */
const PARALLEL = Number(process.env.BROKER_PARALLEL ?? 2);

test(`the broker and the service agree on read, write and admin (seed ${seed}, ${configs} configs)`, async () => {
  let observations = 0;
  const failures: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < configs && failures.length === 0) {
      const index = next++;
      const { spec, plan } = caseSpec(seed, index);
      const result = await runCase(spec, plan);
      observations += result.observations;
      if (result.puzzles.length) failures.push(`config ${index}: answers the test cannot read:\n  ${result.puzzles.join('\n  ')}\n${renderConfig(spec).xml}`);
      if (result.disagreements.length && failures.length === 0) {
        const small = await shrink(spec, plan, result.disagreements[0]);
        const { xml, files } = renderConfig(small.spec);
        failures.push(
          `config ${index} of seed ${seed}: ${result.disagreements.length} disagreements, the first shrunk in ${small.attempts} broker runs to:\n` +
            `  ${describeDisagreement(small.disagreement)}\n${xml}${Object.entries(files).map(([n, t]) => `--- ${n}\n${t}`).join('')}`,
        );
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  console.log(`differential: seed ${seed}, ${configs} configs, ${observations} (user, destination, right) answers, ${failures.length ? 'DISAGREEMENTS' : '0 disagreements'}`);
  assert.deepEqual(failures, []);
  if (seed === DIFFERENTIAL_FIGURES.seed && configs === DIFFERENTIAL_FIGURES.configs) {
    // docs/fidelity.md quotes this run's figure (scripts/generate-fidelity-doc.ts): it must still be true.
    assert.equal(observations, DIFFERENTIAL_FIGURES.probes, 'the CI seed asks a different number of questions now: update test/broker/differential-figures.json and regenerate docs/fidelity.md');
  }
  assert.ok(observations >= configs * 100, `only ${observations} answers`);
});
