// "What happens to this program?" (see tools/mdbook-listings/src/question.rs).
// Without this script each question is a closed <details> with the answer.
// With it, the five answer buttons show; a wrong pick says so and leaves the
// answer closed, the right pick (or opening the answer) reveals it: the
// <details> opens, and the listing's kind badge and folder appear.
(function () {
    'use strict';

    function reveal(question) {
        if (question.classList.contains('answered')) return;
        question.classList.add('answered');
        var name = question.dataset.listing;
        question.querySelector('details.question-answer').open = true;
        document.querySelectorAll('code.asked-' + name).forEach(function (code) {
            code.classList.remove('question-listing');
        });
        document.querySelectorAll('.listing-kind[data-question="' + name + '"]').forEach(function (badge) {
            badge.dataset.kind = badge.dataset.answer;
            badge.textContent = badge.dataset.label;
        });
        document.querySelectorAll('.question-masked[data-question="' + name + '"], .question-mask[data-question="' + name + '"]').forEach(function (masked) {
            masked.classList.add('revealed');
        });
    }

    function setUp(question) {
        var choices = question.querySelector('.question-choices');
        var feedback = question.querySelector('.question-feedback');
        var details = question.querySelector('details.question-answer');
        choices.hidden = false;
        choices.querySelectorAll('button.question-choice').forEach(function (button) {
            button.setAttribute('aria-pressed', 'false');
            button.addEventListener('click', function () {
                button.setAttribute('aria-pressed', 'true');
                if (button.dataset.kind === question.dataset.answer) {
                    button.classList.add('right');
                    feedback.textContent = 'Right: ' + button.textContent.toLowerCase() + '.';
                    reveal(question);
                    details.querySelector('summary').focus();
                } else {
                    button.classList.add('wrong');
                    button.disabled = true;
                    feedback.textContent = 'No, it does not: "' + button.textContent +
                        '" is wrong. Try another answer, or open the answer below.';
                }
            });
        });
        details.addEventListener('toggle', function () {
            if (details.open) reveal(question);
        });
    }

    var questions = document.querySelectorAll('.question');
    questions.forEach(setUp);

    // On paper there is nothing to click: the print page (and printing any
    // page) shows every answer.
    function revealAll() { questions.forEach(reveal); }
    if (/(^|\/)print\.html$/.test(window.location.pathname)) revealAll();
    window.addEventListener('beforeprint', revealAll);
})();
