// Which run of the workflow this is, for the names that must differ between jobs: the code scanning category, the
// check run's name and the sticky comment's marker. Two matrix jobs with one name overwrite each other's alerts. Pure.

export interface RunIdentity {
  /** Code scanning category (`runAutomationDetails.id` without the trailing `/`). */
  category: string;
  /** Added to the check run's name and the comment's marker; undefined for a job without matrix or category input. */
  label?: string;
}

/**
 * From the `category` input when set, else from the job (GITHUB_JOB) and its matrix values (the `matrix` input,
 * `${{ toJSON(matrix) }}` by default, as github/codeql-action does): `kube-policy-gate/<job>/<key>:<value>/…`.
 * A job without a matrix keeps the check run's plain name, so branch protection that requires it keeps working.
 */
export function runIdentity(categoryInput: string, job: string | undefined, matrixJson: string): RunIdentity {
  const given = categoryInput.trim();
  if (given) return { category: given.replace(/\/+$/, ''), label: given.replace(/\/+$/, '') };
  const values = matrixValues(matrixJson);
  const category = ['kube-policy-gate', ...(job ? [job] : []), ...values.map(([key, value]) => `${key}:${value}`)].join('/');
  return values.length ? { category, label: values.map(([key, value]) => `${key}:${value}`).join(', ') } : { category };
}

/** The matrix's key/value pairs in the order GitHub gives them; none for `null`, `{}` or text that is not a JSON object. */
function matrixValues(text: string): [string, string][] {
  let matrix: unknown;
  try {
    matrix = JSON.parse(text || 'null');
  } catch {
    return [];
  }
  if (matrix === null || typeof matrix !== 'object' || Array.isArray(matrix)) return [];
  return Object.entries(matrix as Record<string, unknown>).map(([key, value]) => [key, typeof value === 'string' ? value : JSON.stringify(value)]);
}

/** The label as it may stand in an HTML comment and a check run's name: no `--`, `>` or line breaks, at most 100 characters. */
export function safeLabel(label: string): string {
  return label
    .replace(/[\u0000-\u001f\u007f<>]/g, ' ')
    .replace(/-{2,}/g, '-')
    .slice(0, 100)
    .trim();
}
