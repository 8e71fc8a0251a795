// Hand-assembled WebAssembly modules that speak just enough of OPA's wasm ABI for opa-wasm to load them, and then
// misbehave: loop in the start function or in opa_eval, print through opa_println, abort with a long message. The
// hostile corpus's .wasm files are these bytes (wasm-policies.test.ts checks they still are); no assembler package
// is installed, and the format of such a module is a few dozen bytes.

/** What opa_eval does before it returns the empty result set (`abort` prints the message first, then aborts with it). */
export type Behaviour = 'println' | 'abort' | 'eval-loop' | 'start-loop' | 'none';

const I32 = 0x7f;

function uleb(value: number): number[] {
  const bytes: number[] = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value !== 0) byte |= 0x80;
    bytes.push(byte);
  } while (value !== 0);
  return bytes;
}

/** Signed LEB128 for i32.const; the constants here are small and positive. */
function sleb(value: number): number[] {
  const bytes: number[] = [];
  for (;;) {
    const byte = value & 0x7f;
    value >>= 7;
    if ((value === 0 && (byte & 0x40) === 0) || (value === -1 && (byte & 0x40) !== 0)) {
      bytes.push(byte);
      return bytes;
    }
    bytes.push(byte | 0x80);
  }
}

const name = (text: string): number[] => [...uleb(Buffer.byteLength(text)), ...Buffer.from(text)];
const vector = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];
const section = (id: number, contents: number[]): number[] => [id, ...uleb(contents.length), ...contents];
const i32 = (value: number): number[] => [0x41, ...sleb(value)];
const call = (index: number): number[] => [0x10, ...uleb(index)];
const LOOP_FOREVER = [0x03, 0x40, 0x0c, 0x00, 0x0b];
const END = 0x0b;

const BUILTINS_JSON = 16;
const ENTRYPOINTS_JSON = 32;
const RESULT_JSON = 128;
const MESSAGE = 256;

/**
 * A module opa-wasm loads as a policy with the one entrypoint `main/deny` (conftest's style), whose opa_eval
 * returns no result after doing `behaviour`, with `message` (NUL-terminated) in memory for println and abort.
 */
export function misbehavingPolicy(behaviour: Behaviour, message = ''): Buffer {
  const types = [
    [0x60, ...vector([[I32]]), ...vector([])], // 0: (i32) -> ()
    [0x60, ...vector([]), ...vector([[I32]])], // 1: () -> i32
    [0x60, ...vector([[I32]]), ...vector([[I32]])], // 2: (i32) -> i32
    [0x60, ...vector([[I32], [I32]]), ...vector([[I32]])], // 3: (i32, i32) -> i32
    [0x60, ...vector(Array.from({ length: 7 }, () => [I32])), ...vector([[I32]])], // 4: opa_eval
    [0x60, ...vector([]), ...vector([])], // 5: () -> ()
  ];
  const imports = [
    [...name('env'), ...name('memory'), 0x02, 0x00, ...uleb(1)],
    [...name('env'), ...name('opa_println'), 0x00, ...uleb(0)],
    [...name('env'), ...name('opa_abort'), 0x00, ...uleb(0)],
  ];
  const evalBody: Record<Behaviour, number[]> = {
    println: [...i32(MESSAGE), ...call(0)],
    abort: [...i32(MESSAGE), ...call(0), ...i32(MESSAGE), ...call(1)],
    'eval-loop': LOOP_FOREVER,
    'start-loop': [],
    none: [],
  };
  // Functions after the two imported ones: index 2 onwards.
  const functions: { type: number; export?: string; body: number[] }[] = [
    { type: 1, export: 'builtins', body: i32(BUILTINS_JSON) },
    { type: 1, export: 'entrypoints', body: i32(ENTRYPOINTS_JSON) },
    { type: 2, export: 'opa_json_dump', body: [0x20, 0x00] },
    { type: 1, export: 'opa_heap_ptr_get', body: i32(4096) },
    { type: 0, export: 'opa_heap_ptr_set', body: [] },
    { type: 2, export: 'opa_malloc', body: i32(8192) },
    { type: 3, export: 'opa_json_parse', body: i32(BUILTINS_JSON) },
    { type: 4, export: 'opa_eval', body: [...evalBody[behaviour], ...i32(RESULT_JSON)] },
    { type: 5, body: LOOP_FOREVER },
  ];
  const start = functions.length - 1 + 2;
  const cString = (text: string) => [...Buffer.from(text), 0];
  const data = [
    [BUILTINS_JSON, cString('{}')],
    [ENTRYPOINTS_JSON, cString('{"main/deny":0}')],
    [RESULT_JSON, cString('[{"result":[]}]')],
    [MESSAGE, cString(message)],
  ] as const;
  return Buffer.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vector(types)),
    ...section(2, vector(imports)),
    ...section(3, vector(functions.map((fn) => uleb(fn.type)))),
    ...section(6, vector([[I32, 0x00, ...i32(1), END], [I32, 0x00, ...i32(2), END]])),
    ...section(7, vector([
      [...name('opa_wasm_abi_version'), 0x03, 0x00],
      [...name('opa_wasm_abi_minor_version'), 0x03, 0x01],
      ...functions.flatMap((fn, index) => (fn.export ? [[...name(fn.export), 0x00, ...uleb(index + 2)]] : [])),
    ])),
    ...(behaviour === 'start-loop' ? section(8, uleb(start)) : []),
    ...section(10, vector(functions.map((fn) => {
      const body = [0x00, ...fn.body, END];
      return [...uleb(body.length), ...body];
    }))),
    ...section(11, vector(data.map(([offset, bytes]) => [0x00, ...i32(offset), END, ...uleb(bytes.length), ...bytes]))),
  ]);
}

/**
 * An OPA bundle that is a decompression bomb: a loadable /policy.wasm, then `members` .wasm members of `memberBytes`
 * each (a byte every 16 KiB, the rest zeros: about 850:1 under gzip, below tar's own 1000:1 ratio check). Each
 * member is under the old per-member limit; together they held a gigabyte in memory. Deterministic.
 */
export async function writeBombBundle(path: string, members = 4, memberBytes = 250 * 1024 * 1024): Promise<void> {
  const { createWriteStream } = await import('node:fs');
  const { createGzip } = await import('node:zlib');
  const { Header } = await import('tar');
  const gzip = createGzip({ level: 9 });
  const done = new Promise<void>((resolve, reject) => gzip.pipe(createWriteStream(path)).on('finish', resolve).on('error', reject));
  const write = (chunk: Buffer) => new Promise<void>((resolve) => (gzip.write(chunk) ? resolve() : gzip.once('drain', resolve)));
  const header = (name: string, size: number) => {
    const block = Buffer.alloc(512);
    new Header({ path: name, mode: 0o644, size, mtime: new Date(0), type: 'File', uid: 0, gid: 0 }).encode(block, 0);
    return block;
  };
  const padding = (size: number) => Buffer.alloc((512 - (size % 512)) % 512);
  const policy = misbehavingPolicy('none');
  await write(Buffer.concat([header('policy.wasm', policy.length), policy, padding(policy.length)]));
  let seed = 7;
  const chunk = Buffer.alloc(1024 * 1024);
  for (let member = 0; member < members; member++) {
    await write(header(`junk-${member}.wasm`, memberBytes));
    for (let written = 0; written < memberBytes; written += chunk.length) {
      chunk.fill(0);
      for (let offset = 0; offset < chunk.length; offset += 16_384) {
        seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
        chunk[offset] = seed & 0xff;
      }
      await write(chunk.subarray(0, Math.min(chunk.length, memberBytes - written)));
    }
    await write(padding(memberBytes));
  }
  await write(Buffer.alloc(1024));
  gzip.end();
  await done;
}
