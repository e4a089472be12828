// Reads the whole of standard input as UTF-8 text.
export async function readInput() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export function print(result) {
  process.stdout.write(JSON.stringify(result) + '\n');
}
