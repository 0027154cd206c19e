import { Parser } from 'htmlparser2';
import fs from 'node:fs';
const f = process.argv[2];
const html = fs.readFileSync(f, 'utf8');
let flat = '';
let skip = 1;
const p = new Parser({
  onopentag(n){ if(n==="script"||n==="style") skip++; if(n==="body") skip--; },
  onclosetag(n){ if(n==='script'||n==='style') skip--; },
  ontext(t){ if(!skip) flat += t; },
}, { decodeEntities: true });
p.write(html); p.end();
const gt = JSON.parse(fs.readFileSync(f.replace('.html','.gt.json'),'utf8'));
let ok=0, bad=0;
for (const s of gt.spans) { if (flat.slice(s.flatStart, s.flatEnd) === s.text) ok++; else { bad++; if (bad<5) console.log('BAD', s, JSON.stringify(flat.slice(s.flatStart-10, s.flatEnd+10))); } }
console.log(ok, bad, flat.length);
if (process.argv[3]) console.log(flat.slice(0, +process.argv[3]));
let out='', pos=0;
for (const s of [...gt.spans].sort((a,b)=>a.flatStart-b.flatStart)) { out += flat.slice(pos, s.flatStart) + '[[' + s.type + ':' + flat.slice(s.flatStart, s.flatEnd) + ']]'; pos = s.flatEnd; }
out += flat.slice(pos);
fs.writeFileSync('/tmp/marked-' + f.split('/').pop() + '.txt', out);
