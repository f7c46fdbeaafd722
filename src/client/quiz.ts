// Quizzes score themselves with JavaScript: each question says right or wrong and opens its
// explanation; the score is announced. Without JavaScript the answers are in <details>.
import { fill } from '../i18n/format.ts';

export function enhanceQuizzes(): void {
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-quiz]')) {
    const button = form.querySelector<HTMLButtonElement>('[data-check]');
    const score = form.querySelector<HTMLElement>('[data-score]');
    if (!button || !score) continue;
    button.hidden = false;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const questions = [...form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-answer]')];
      let right = 0;
      for (const q of questions) {
        const chosen = q.querySelector<HTMLInputElement>('input[type="radio"]:checked');
        const ok = chosen !== null && chosen.value === q.dataset.answer;
        if (ok) right++;
        const feedback = q.querySelector<HTMLElement>('[data-feedback]')!;
        feedback.textContent = chosen === null ? (score.dataset.unanswered ?? '') : ok ? (score.dataset.right ?? '') : (score.dataset.wrong ?? '');
        q.dataset.result = chosen === null ? 'unanswered' : ok ? 'right' : 'wrong';
        q.querySelector('details')!.open = true;
      }
      score.textContent = fill(score.dataset.template ?? '', { right, total: questions.length });
    });
  }
}
