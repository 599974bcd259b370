// The dashboard's eval view: the runs (eval jobs and reports on disk) and, for the chosen one,
// the same report body as eval.html (charts and sortable tables), or a comparison of two runs.
// Everything is read with GET (no token needed); the URL hash keeps the choice (#run=ID).
"use strict";

const view = { runs: [], selected: null, signature: "" };

async function getJSON(path) {
  const response = await fetch(path);
  const data = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(data.detail || `${response.status} ${response.statusText}`);
  return data;
}

function node(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (key === "class") element.className = value;
    else if (key.startsWith("on")) element.addEventListener(key.slice(2), value);
    else element.setAttribute(key, value);
  }
  for (const child of children) element.append(child);
  return element;
}

function status(text, isError = false) {
  const line = document.getElementById("run-status");
  line.textContent = text;
  line.className = isError ? "error" : "muted";
}

function when(seconds) {
  return seconds ? new Date(seconds * 1000).toLocaleString() : "";
}

async function refreshRuns() {
  const runs = await getJSON("/evals/runs");
  const signature = runs.map((r) => `${r.id}:${r.when}`).join(",");
  if (signature === view.signature) return;
  view.signature = signature;
  view.runs = runs;
  const list = document.getElementById("runs");
  list.replaceChildren(...runs.map((run) =>
    node("li", { class: `run${run.id === view.selected ? " selected" : ""}`, "data-run": run.id,
      onclick: () => showRun(run.id) },
      node("div", { class: "title" }, run.title),
      node("div", { class: "meta" },
        `${run.fixed ?? "?"}/${run.cases} fixed · ${run.classes.length} class(es)` +
        `${run.baselines.length ? " · with baselines" : ""} · ${when(run.when)}`))));
  if (!runs.length) list.append(node("li", { class: "muted" }, "no eval runs yet: start one with Eval on a repository, or run rusta eval --report DIR"));
  for (const id of ["compare-a", "compare-b"]) {
    const select = document.getElementById(id);
    const keep = select.value;
    select.replaceChildren(...runs.map((run) => node("option", { value: run.id }, `${run.title} (${run.id})`)));
    if (keep) select.value = keep;
  }
  if (runs.length > 1 && !document.getElementById("compare-b").dataset.touched) {
    // default: the newest run (B) against the previous run of the same cases (A)
    const previous = runs.slice(1).find((run) => run.suite === runs[0].suite) || runs[1];
    document.getElementById("compare-a").value = previous.id;
    document.getElementById("compare-b").value = runs[0].id;
  }
}

function mark(id) {
  view.selected = id;
  for (const li of document.querySelectorAll("#runs .run")) li.classList.toggle("selected", li.dataset.run === id);
}

async function showRun(id) {
  mark(id);
  history.replaceState(null, "", `#run=${encodeURIComponent(id)}`);
  status("rendering the charts…");
  try {
    const run = await getJSON(`/evals/runs/${encodeURIComponent(id)}`);
    if (view.selected !== id) return; // another run was picked meanwhile
    document.getElementById("run-title").textContent = run.title;
    document.getElementById("run-title").className = "";
    show(run.html);
    status(`${run.path}`);
  } catch (error) {
    status(error.message, true);
  }
}

async function showComparison(a, b) {
  mark(null);
  history.replaceState(null, "", `#compare=${encodeURIComponent(a)},${encodeURIComponent(b)}`);
  status("comparing…");
  try {
    const result = await getJSON(`/evals/compare?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`);
    document.getElementById("run-title").textContent = `Compare ${a} → ${b}`;
    document.getElementById("run-title").className = "";
    show(result.html);
    status(`${result.overall.now_fixed} now fixed, ${result.overall.now_unfixed} now unfixed`);
  } catch (error) {
    status(error.message, true);
  }
}

function show(html) {
  const body = document.getElementById("run-body");
  body.innerHTML = html; // the server's report body: escaped text and matplotlib's SVG
  rustaSortable(body);
}

document.getElementById("compare-button").addEventListener("click", () =>
  showComparison(document.getElementById("compare-a").value, document.getElementById("compare-b").value));
for (const id of ["compare-a", "compare-b"]) {
  document.getElementById(id).addEventListener("change", (event) => { event.target.dataset.touched = "1"; });
}

async function start() {
  await refreshRuns();
  const hash = new URLSearchParams(location.hash.slice(1));
  if (hash.get("compare")) {
    const [a, b] = hash.get("compare").split(",");
    await showComparison(a, b);
  } else if (hash.get("run") || view.runs.length) {
    await showRun(hash.get("run") || view.runs[0].id);
  }
  setInterval(() => refreshRuns().catch(() => {}), 5000); // a job may finish meanwhile
}

start().catch((error) => status(error.message, true));
