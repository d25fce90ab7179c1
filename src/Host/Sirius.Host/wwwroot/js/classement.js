// Ranking questions: « Monter » / « Descendre » move the option in place instead of posting the form (which is what
// they do without JavaScript), keep focus on the pressed button and announce the new position.
document.querySelectorAll('[data-sirius-ranking]').forEach((list) => {
    const live = document.getElementById(list.dataset.annonce);
    list.querySelectorAll('button[data-direction]').forEach((button) => {
        button.type = 'button';
        button.removeAttribute('formaction');
    });

    const refresh = () => {
        const items = Array.from(list.children);
        items.forEach((item, index) => {
            item.querySelector('.sirius-ranking__position').textContent = String(index + 1);
            const up = item.querySelector('[data-direction="monter"]');
            const down = item.querySelector('[data-direction="descendre"]');
            if (index === 0) { up.setAttribute('aria-disabled', 'true'); } else { up.removeAttribute('aria-disabled'); }
            if (index === items.length - 1) { down.setAttribute('aria-disabled', 'true'); } else { down.removeAttribute('aria-disabled'); }
        });
    };

    list.addEventListener('click', (event) => {
        const button = event.target.closest('button[data-direction]');
        if (!button || button.getAttribute('aria-disabled') === 'true') {
            return;
        }

        const item = button.closest('li');
        const up = button.dataset.direction === 'monter';
        const neighbour = up ? item.previousElementSibling : item.nextElementSibling;
        if (!neighbour) {
            return;
        }

        list.insertBefore(item, up ? neighbour : neighbour.nextElementSibling);
        refresh();
        button.focus();
        const position = Array.from(list.children).indexOf(item) + 1;
        live.textContent = `«\u202F${item.dataset.label}\u202F» est maintenant en position ${position} sur ${list.children.length}`;
    });
});
