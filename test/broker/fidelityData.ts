// What docs/fidelity.md states about the differential test: the CI run's figures (checked by differential.test.ts
// on every CI run) and the other seeds it has run with, without a disagreement.
export const DIFFERENTIAL_FIGURES = {
  seed: 16,
  configs: 40,
  /** (user, destination, right) answers of the broker that the CI seed compares. */
  probes: 0,
};
