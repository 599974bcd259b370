// Rusta dashboard: plain JS, no build step. State comes from the REST API; live updates from
// WS /stream (every event carries an id, so a reconnect resumes with ?after=<last id>).
"use strict";

const STAGES = {
  intake: "intake",
  probe: "probe",
  decide: "probe",
  plan: "propose",
  patch: "propose",
  validate: "validate",
  reflect: "reflect",
  commit: "commit",
  undo: "commit",
  abstain: "commit",
};

const state = {
  token: "",
  selected: null, // job id shown in the task panel
  seen: new Set(), // event ids already drawn for the selected job
  lastEventId: null,
  jobs: new Map(),
};

// --- token ------------------------------------------------------------------------------

function loadToken() {
  const match = location.hash.match(/token=([^&]+)/);
  if (match) {
    sessionStorage.setItem("rusta-token", decodeURIComponent(match[1]));
    history.replaceState(null, "", location.pathname); // keep the token out of history
  }
  state.token = sessionStorage.getItem("rusta-token") || "";
  document.getElementById("token-form").hidden = Boolean(state.token);
}

document.getElementById("token-form").addEventListener("submit", (event) => {
  event.preventDefault();
  sessionStorage.setItem("rusta-token", document.getElementById("token-input").value.trim());
  loadToken();
  connect();
});

// --- API --------------------------------------------------------------------------------

async function api(method, path, body) {
  const headers = {};
  if (method !== "GET") headers["Authorization"] = `Bearer ${state.token}`;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(data.detail || `${response.status} ${response.statusText}`);
  return data;
}

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children) node.append(child);
  return node;
}

function report(message, isError = false) {
  const status = document.getElementById("job-status");
  status.textContent = message;
  status.className = isError ? "error" : "muted";
}

// --- repositories and their feed --------------------------------------------------------

async function refreshRepos() {
  const repos = await api("GET", "/repos");
  const container = document.getElementById("repos");
  container.replaceChildren(...repos.map(repoCard));
  if (!repos.length) container.append(element("p", { class: "muted" }, "none registered"));
}

function repoCard(repo) {
  const card = element("article", { class: "repo", "data-repo": repo.path });
  card.append(element("h3", {}, repo.name, " ", element("span", { class: "muted" }, repo.kind)));
  card.append(element("p", { class: "path" }, repo.path));
  const actions = element("div", { class: "actions" });
  if (repo.kind === "crate") {
    actions.append(
      element("button", { class: "check-button", onclick: () => start(repo, "check") }, "Check"),
      element("button", { class: "fix-button", onclick: () => start(repo, "fix") }, "Fix (dry run)"),
    );
  }
  actions.append(element("button", { class: "eval-button", onclick: () => start(repo, "eval") }, "Eval"));
  card.append(actions);
  card.append(feed(repo));
  return card;
}

function feed(repo) {
  const list = element("ul", { class: "feed" });
  const check = repo.check && repo.check.result;
  if (check) {
    list.append(element("li", { class: "muted" }, `check: ${check.errors} error(s), ${check.warnings} warning(s)`));
    for (const d of check.diagnostics.slice(0, 5)) {
      list.append(element("li", { class: `diag ${d.level}` }, `${d.code || d.level} ${d.message} `,
        element("span", { class: "muted" }, `${d.file || ""}:${d.line || ""}`)));
    }
    // a crate that compiles but fails tests is not clean: each failing test, where it
    // panicked, and the first suspect fault localization names
    for (const t of (check.failing_tests || []).slice(0, 5)) {
      list.append(element("li", { class: "diag error failing-test" }, `FAILED ${t.name}: ${(t.message || "").split("\n").join(" ")} `,
        element("span", { class: "muted" }, t.location || ""),
        ...((t.suspects || []).slice(0, 1).map((s) => element("div", { class: "muted suspect" }, `suspect: ${s}`)))));
    }
    for (const name of (check.flaky_tests || []).slice(0, 5)) {
      list.append(element("li", { class: "diag warning" }, `flaky ${name}: failed, then passed when re-run alone`));
    }
  }
  const fix = repo.fix;
  if (fix && fix.result) {
    const r = fix.result;
    const text = r.status === "green"
      ? `suggestion: ${(r.intents || [])[0] || "fix"} (confidence ${r.confidence})`
      : `fix ${r.status}: ${r.reason || ""}`;
    list.append(element("li", { class: "suggestion", onclick: () => select(fix.id) }, text));
  }
  return list;
}

async function start(repo, kind) {
  try {
    const created = await api("POST", "/jobs", { kind, repo: repo.path, dry_run: true });
    await select(created.id);
    refreshJobs();
  } catch (error) {
    report(error.message, true);
  }
}

// --- the task panel: timeline, events, review -------------------------------------------

async function select(jobId) {
  state.selected = jobId;
  state.seen = new Set();
  document.getElementById("events").replaceChildren();
  for (const li of document.querySelectorAll("#timeline li")) {
    li.className = "";
    li.querySelector(".count").textContent = "";
  }
  document.getElementById("review").hidden = true;
  const job = await api("GET", `/jobs/${jobId}`);
  showJob(job);
  for (const event of await api("GET", `/jobs/${jobId}/events`)) drawEvent(event);
}

function showJob(job) {
  state.jobs.set(job.id, job);
  if (job.id !== state.selected) return;
  document.getElementById("job-title").textContent =
    `— ${job.kind}${job.dry_run && job.kind === "fix" ? " (dry run)" : ""} · ${job.repo}`;
  const suffix = job.error ? `: ${job.error}` : "";
  report(`job ${job.id}: ${job.status}${job.review ? ", " + job.review : ""}${suffix}`, job.status === "failed");
  document.getElementById("job-status").dataset.status = job.status;
  if (job.status === "done" && job.kind === "fix") showReview(job);
  if (job.status === "done" && job.kind === "eval") refreshEval();
}

function drawEvent(event) {
  if (event.job !== state.selected || state.seen.has(event.id)) return;
  state.seen.add(event.id);
  const list = document.getElementById("events");
  let text;
  if (event.type === "trace") {
    const e = event.event;
    text = `${e.kind} ${describe(e)}`;
    markStage(STAGES[e.kind]);
    if (e.kind === "log") markFinished();
  } else if (event.type === "job") {
    text = `job ${event.status}${event.review ? " · " + event.review : ""}${event.error ? " · " + event.error : ""}`;
    if (event.review === "applied") markStage("commit");
  } else {
    text = `${event.type} ${event.case || ""} ${event.fixed === undefined ? "" : event.fixed ? "fixed" : "not fixed"}`;
  }
  const kind = event.type === "trace" ? event.event.kind : event.type;
  const item = element("li", { class: `event ${event.type}`, "data-kind": kind, "data-id": event.id }, text);
  // Live events and the backfill of a freshly selected job may interleave: keep id order.
  const later = [...list.children].find((li) => Number(li.dataset.id) > event.id);
  list.insertBefore(item, later || null);
  list.scrollTop = list.scrollHeight;
}

function describe(e) {
  const keys = ["decision", "intent", "move", "green", "outcome", "status", "errors", "reason", "tool"];
  return keys.filter((k) => e[k] !== undefined && e[k] !== "").map((k) => `${k}=${e[k]}`).join(" ");
}

function markStage(stage) {
  if (!stage) return;
  let reached = true;
  for (const li of document.querySelectorAll("#timeline li")) {
    if (li.dataset.stage === stage) {
      li.classList.add("active", "done");
      const count = li.querySelector(".count");
      count.textContent = String(Number(count.textContent || 0) + 1);
      reached = false;
    } else {
      li.classList.remove("active");
      if (reached) li.classList.add("done");
    }
  }
}

function markFinished() {
  for (const li of document.querySelectorAll("#timeline li")) li.classList.remove("active");
}

function showReview(job) {
  const result = job.result || {};
  const panel = document.getElementById("review");
  panel.hidden = false;
  const chips = document.getElementById("chips");
  const level = result.confidence >= 0.85 ? "high" : result.confidence >= 0.7 ? "medium" : "low";
  chips.replaceChildren(
    element("span", { class: `chip ${result.status}` }, result.status),
    element("span", { class: `chip confidence ${level}` }, `confidence ${result.confidence}`),
    element("span", { class: "chip" }, `${result.changed_lines} changed line(s)`),
    element("span", { class: "chip" }, `${result.tests_passed} test(s) pass`),
    element("span", { class: "chip" }, `${result.candidates_validated} validated`),
    ...((result.repaired_tests || []).length
      ? [element("span", { class: "chip behaviour-change" }, `behaviour change: repairs ${result.repaired_tests.join(", ")}`)]
      : []),
    ...(result.moves || []).map((m) => element("span", { class: "chip move" }, m)),
  );
  const question = (result.questions || [])[0];
  document.getElementById("intent").textContent =
    question ? `Rusta asks: ${question.text}`
      : result.status === "green" ? (result.intents || []).join("; ") : `${result.reason || ""} ${(result.next_probes || []).join("; ")}`;
  const diff = document.getElementById("diff");
  diff.hidden = Boolean(question);
  diff.replaceChildren(...diffLines(result.diff || ""));
  showAnswers(job, question);
  const reviewable = job.dry_run && result.status === "green";
  document.getElementById("apply").disabled = !reviewable || job.review === "applied";
  document.getElementById("rollback").disabled = job.review !== "applied";
  document.getElementById("review-state").textContent = job.review || (reviewable ? "not applied" : "");
}

function diffLines(text) {
  return text.split("\n").map((line) =>
    element("span", { class: line.startsWith("+") ? "add" : line.startsWith("-") ? "del" : "" }, line + "\n"));
}

// Rusta asked (two proven fixes behave differently): one button per proven answer.
function showAnswers(job, question) {
  const answers = document.getElementById("answers");
  answers.hidden = !question;
  if (!question) return answers.replaceChildren();
  const open = job.review !== "applied";
  answers.replaceChildren(...question.options.map((option) => element("div", { class: "answer", "data-answer": option.answer },
    element("button", { class: "answer-button", onclick: () => review(`apply?answer=${option.answer}`), ...(open ? {} : { disabled: "" }) },
      `Apply ${option.answer}: ${option.intent || option.title}`),
    element("span", { class: "muted" }, ` ${option.move} · ${option.changed_lines} line(s) · ${option.tests_passed} test(s) pass`),
    element("pre", {}, ...diffLines(option.diff)))));
}

async function review(action) {
  try {
    const job = await api("POST", `/jobs/${state.selected}/${action}`);
    showJob(job);
    refreshRepos();
  } catch (error) {
    report(error.message, true);
  }
}

document.getElementById("apply").addEventListener("click", () => review("apply"));
document.getElementById("rollback").addEventListener("click", () => review("revert"));

// --- jobs, devlog, eval -----------------------------------------------------------------

async function refreshJobs() {
  const jobs = await api("GET", "/jobs?limit=30");
  document.getElementById("jobs").replaceChildren(...jobs.map((job) =>
    element("li", { class: `job ${job.status}`, "data-job": job.id, onclick: () => select(job.id) },
      `${job.kind} ${job.repo.split("/").pop()} · ${job.status}${job.review ? " · " + job.review : ""}`)));
  if (!jobs.length) document.getElementById("jobs").append(noJobsYet());
}

function noJobsYet() {
  // An empty panel looks broken; say what fills it.
  return element("li", { class: "empty muted" },
    element("strong", {}, "No jobs yet. "),
    "Press Check or Fix (dry run) on a repository; register one first with ",
    element("code", {}, "rusta repo add PATH"), ".");
}

async function refreshDevlog(query = "") {
  const hits = await api("GET", `/devlogs?q=${encodeURIComponent(query)}&limit=20`);
  document.getElementById("devlog-list").replaceChildren(...hits.map((hit) =>
    element("li", { class: `devlog ${hit.type}` },
      element("span", { class: "muted" }, `${hit.date.slice(0, 16)} ${hit.type} `), hit.title,
      hit.snippet ? element("div", { class: "snippet" }, hit.snippet) : "")));
  if (!hits.length) document.getElementById("devlog-list").append(element("li", { class: "muted" }, "no entries"));
}

document.getElementById("devlog-form").addEventListener("submit", (event) => {
  event.preventDefault();
  refreshDevlog(document.getElementById("devlog-q").value).catch((e) => report(e.message, true));
});

async function refreshEval() {
  const container = document.getElementById("eval");
  try {
    const latest = await api("GET", "/evals/latest");
    const overall = latest.document.overall || {};
    container.replaceChildren(
      element("p", {}, `${overall.fixed ?? "?"} fixed · job ${latest.job} `,
        element("a", { href: latest.html, target: "_blank" }, "full report"), " · ",
        element("a", { href: `/eval#run=${latest.job}`, class: "eval-view-link" }, "eval view")),
      element("iframe", { src: latest.html, title: "eval report" }),
    );
  } catch {
    container.replaceChildren(element("p", { class: "muted" }, "no eval job yet · ",
      element("a", { href: "/eval", class: "eval-view-link" }, "eval view (reports on disk)")));
  }
}

// --- live stream ------------------------------------------------------------------------

let socket = null;

function connect() {
  if (!state.token) return;
  const after = state.lastEventId === null ? "" : `&after=${state.lastEventId}`;
  const scheme = location.protocol === "https:" ? "wss" : "ws";
  socket = new WebSocket(`${scheme}://${location.host}/stream?token=${encodeURIComponent(state.token)}${after}`);
  const badge = document.getElementById("connection");
  socket.onopen = () => { badge.textContent = "live"; badge.className = "chip on"; };
  socket.onclose = () => {
    badge.textContent = "offline";
    badge.className = "chip off";
    setTimeout(connect, 1000);
  };
  socket.onmessage = (message) => onEvent(JSON.parse(message.data));
}

function onEvent(event) {
  if (event.type === "hello") {
    if (state.lastEventId === null) state.lastEventId = event.cursor;
    return;
  }
  state.lastEventId = event.id;
  drawEvent(event);
  if (event.type === "job") {
    refreshJobs();
    if (event.job === state.selected) api("GET", `/jobs/${event.job}`).then(showJob);
    if (["done", "failed"].includes(event.status) || event.review) refreshRepos();
  }
}

async function main() {
  loadToken();
  await Promise.all([refreshRepos(), refreshJobs(), refreshDevlog(), refreshEval()]);
  connect();
}

main().catch((error) => report(error.message, true));
