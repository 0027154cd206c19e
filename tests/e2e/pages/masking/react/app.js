// A small React EHR for the masking e2e test: a virtualized patient list (rows recycled as it
// scrolls), a detail view behind an SPA route, a controlled note field with a live preview, and a
// counter, so the test can see React keep working while the shield masks.
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';

const ROWS = 5000;
const ROW_HEIGHT = 28;
const VISIBLE = 15;
const patient = (i) => ({
  id: i,
  name: `Patient ${i}`,
  dob: `${String((i % 12) + 1).padStart(2, '0')}/${String((i % 28) + 1).padStart(2, '0')}/${1930 + (i % 70)}`,
  ssn: `${100 + (i % 500)}-${10 + (i % 89)}-${String(1000 + i).padStart(4, '0')}`,
});

function List({ onOpen }) {
  const [top, setTop] = useState(0);
  const first = Math.floor(top / ROW_HEIGHT);
  // Keys are slots, not patients: React rewrites the same row nodes' text as the list scrolls.
  const rows = Array.from({ length: VISIBLE }, (_, slot) => patient(first + slot)).filter((p) => p.id < ROWS);
  return h('div', { id: 'scroller', style: { height: ROW_HEIGHT * 10, overflow: 'auto' }, onScroll: (e) => setTop(e.currentTarget.scrollTop) },
    h('div', { style: { height: ROWS * ROW_HEIGHT, position: 'relative' } },
      h('table', { style: { position: 'absolute', top: first * ROW_HEIGHT } },
        h('thead', null, h('tr', null, h('th', null, 'Row'), h('th', null, 'DOB'), h('th', null, 'SSN'))),
        h('tbody', null, rows.map((p, slot) => h('tr', { key: slot, style: { height: ROW_HEIGHT }, onClick: () => onOpen(p.id), 'data-row': p.id },
          h('td', null, String(p.id)), h('td', null, p.dob), h('td', null, p.ssn))))))); 
}

function Detail({ id, onBack }) {
  const p = patient(id);
  return h('section', { id: 'detail' },
    h('button', { id: 'back', onClick: onBack }, 'Back'),
    h('div', null, 'DOB: ', h('span', { id: 'detail-dob' }, p.dob)),
    h('div', null, 'SSN: ', h('span', { id: 'detail-ssn' }, p.ssn)));
}

function App() {
  const [open, setOpen] = useState(null);
  const [note, setNote] = useState('');
  const [clicks, setClicks] = useState(0);
  const go = (id) => {
    history.pushState(null, '', id === null ? '/patients' : `/patients/${id}`);
    setOpen(id);
  };
  return h('main', null,
    h('h1', null, 'Patients'),
    h('button', { id: 'counter', onClick: () => setClicks(clicks + 1) }, `Clicked ${clicks} times`),
    h('label', null, 'Note ', h('input', { id: 'note', value: note, onChange: (e) => setNote(e.target.value) })),
    h('p', { id: 'preview' }, note),
    open === null ? h(List, { onOpen: go }) : h(Detail, { id: open, onBack: () => go(null) }));
}

createRoot(document.getElementById('root')).render(h(App));
