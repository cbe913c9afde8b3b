// The consult screen's SOAP draft grows from the call's captions: every few seconds the hub drafts the
// note from the captions it has (the box's own drafter, on the hub) and this shows, under each section,
// the AI's lines the doctor's text does not hold yet, marked as AI draft. The doctor's text is never
// changed except by "Add to the note", which appends those lines; a line is the doctor's once added.
(() => {
  const form = document.querySelector("form[data-ai-source]");
  if (!form) return;
  const every = (Number(form.dataset.aiEvery) || 3) * 1000;
  const seenInput = form.querySelector("input[name=ai_captions]");
  const state = { polls: 0, captions: Number(seenInput.value) || 0, offered: {}, errors: 0, added: 0 };
  window.clinicDraft = state;
  const same = (line) => line.split(/\s+/).filter(Boolean).join(" ").toLowerCase();
  const lines = (text) => text.split("\n").map((l) => l.trim()).filter(Boolean);
  let sections = {};

  const render = () => {
    for (const block of form.querySelectorAll("[data-ai-section]")) {
      const name = block.dataset.aiSection;
      const area = form.querySelector(`textarea[name=${name}]`);
      const have = new Set(lines(area.value).map(same));
      const fresh = (sections[name] || []).filter((l) => !have.has(same(l)));
      state.offered[name] = fresh;
      const list = block.querySelector("ul");
      list.replaceChildren(...fresh.map((l) => { const li = document.createElement("li"); li.textContent = l; return li; }));
      block.hidden = fresh.length === 0;
    }
  };
  const poll = async () => {
    try {
      const r = await fetch(`${form.dataset.aiSource}?seen=${state.captions}`, { credentials: "same-origin" });
      if (!r.ok) { state.errors += 1; return; }
      const data = await r.json();
      state.polls += 1;
      if (data.signed) return;                       // signed elsewhere: nothing more to offer
      if (data.captions > state.captions || !Object.keys(sections).length) {
        sections = data.sections; state.captions = data.captions; seenInput.value = data.captions;
      }
      render();
    } catch (err) { state.errors += 1; }              // the doctor's link: try at the next tick
  };
  for (const button of form.querySelectorAll("[data-ai-add]")) {
    button.addEventListener("click", () => {
      const name = button.dataset.aiAdd;
      const area = form.querySelector(`textarea[name=${name}]`);
      const add = state.offered[name] || [];
      if (!add.length) return;
      area.value = [area.value.replace(/\s+$/, ""), ...add].filter(Boolean).join("\n");
      state.added += add.length;
      render();
    });
  }
  form.addEventListener("input", render);           // what the doctor types is never overwritten
  poll();
  setInterval(poll, every);
})();
