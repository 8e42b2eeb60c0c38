// Signs JWTs with jose, independently of .NET: reads [{alg, secret | privateKeyPem, kid?, claims}] as JSON on
// stdin (secret in base64, the private key as PKCS#8 PEM) and prints the tokens as a JSON array.
import { SignJWT, importPKCS8 } from 'jose';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const tokens = [];
for (const spec of JSON.parse(input)) {
  const key = spec.secret !== undefined
    ? Buffer.from(spec.secret, 'base64')
    : await importPKCS8(spec.privateKeyPem, spec.alg);
  const header = { alg: spec.alg, typ: 'JWT', ...(spec.kid ? { kid: spec.kid } : {}) };
  tokens.push(await new SignJWT(spec.claims).setProtectedHeader(header).sign(key));
}
process.stdout.write(JSON.stringify(tokens));
