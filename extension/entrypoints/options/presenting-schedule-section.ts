import type { PresentingStatus } from '../../background/handle-presenting';
import type { PresentingSchedule } from '../../presenting/presenting-schedule';
import { sendMessage } from '../../send-message';

const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const el = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

/**
 * The presenting schedule: weekly windows (a daily stand-up, a teaching slot) in which every tab is
 * in presentation mode, for sharing from apps the browser cannot see. Each change is saved at once.
 */
export async function startPresentingSchedule(): Promise<void> {
  const list = el<HTMLUListElement>('#schedule-list');
  const form = el<HTMLFormElement>('#schedule-form');
  const result = el('#schedule-result');
  let schedule = (await sendMessage<PresentingStatus>({ kind: 'get-presenting' })).schedule;

  const save = async (next: PresentingSchedule) => {
    result.textContent = '';
    try {
      schedule = (await sendMessage<PresentingStatus>({ kind: 'set-presenting-schedule', schedule: next })).schedule;
      render();
      result.textContent = 'Schedule saved.';
    } catch (err) {
      result.textContent = err instanceof Error ? err.message : String(err);
    }
  };
  const render = () => {
    list.replaceChildren(
      ...schedule.map((window, i) => {
        const item = document.createElement('li');
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.textContent = 'Remove';
        remove.onclick = () => void save(schedule.filter((_, j) => j !== i));
        item.append(`${window.days.map((d) => DAY_NAMES[d]).join(', ')} ${window.start}–${window.end} `, remove);
        return item;
      }),
    );
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const days = data.getAll('day').map(Number);
    void save([...schedule, { days, start: String(data.get('start')), end: String(data.get('end')) }]);
  });
  render();
}
