import type { PairActor } from './actors';
import { decide } from './decide/decide';
import { aSession, FACILITATOR, type SessionHarness } from '../testing/session-harness';
import { answerIdFor } from './voters';
import { facilitatorView } from './views/facilitator-view';
import { pairView } from './views/pair-view';
import { publicView } from './views/public-view';
import { pollReports } from './report';
import { pollBallots } from './queries';
import { mapValues } from './sharded-map';
import { anAgenda, scalePoll } from '../testing/agenda-builder';

function openPoll(pollId: string, pairs = 3, minGroupSize = 3): { session: SessionHarness; pairs: PairActor[] } {
  const session = aSession(undefined, { minGroupSize }).start(pollId);
  const actors = session.withPairs(pairs);
  session.must({ type: 'poll.open', pollId }, FACILITATOR);
  return { session, pairs: actors };
}

const single = (optionId: string) => ({ type: 'single' as const, optionId });

describe('poll lifecycle', () => {
  it('opens the current poll only, once', () => {
    const session = aSession().start('poll-single');
    expect(session.send({ type: 'poll.open', pollId: 'poll-multi' }, FACILITATOR)).toMatchObject({ ok: false, code: 'session/segment-not-current' });
    expect(session.send({ type: 'poll.open', pollId: 'talk' }, FACILITATOR)).toMatchObject({ ok: false, code: 'session/wrong-segment-kind' });
    expect(session.send({ type: 'poll.open', pollId: 'nope' }, FACILITATOR)).toMatchObject({ ok: false, code: 'session/unknown-segment' });
    expect(session.must({ type: 'poll.open', pollId: 'poll-single' }, FACILITATOR)).toEqual([{ type: 'PollOpened', pollId: 'poll-single', at: session.now }]);
    expect(session.must({ type: 'poll.open', pollId: 'poll-single' }, FACILITATOR)).toEqual([]);
  });

  it('closes, refuses to reopen, reveals', () => {
    const { session } = openPoll('poll-single');
    expect(session.must({ type: 'poll.close', pollId: 'poll-single' }, FACILITATOR)).toHaveLength(1);
    expect(session.must({ type: 'poll.close', pollId: 'poll-single' }, FACILITATOR)).toEqual([]);
    expect(session.send({ type: 'poll.open', pollId: 'poll-single' }, FACILITATOR)).toMatchObject({ ok: false, code: 'session/poll-cannot-reopen' });
    expect(session.must({ type: 'poll.reveal', pollId: 'poll-single' }, FACILITATOR)).toEqual([{ type: 'PollRevealed', pollId: 'poll-single', at: session.now }]);
    expect(session.must({ type: 'poll.reveal', pollId: 'poll-single' }, FACILITATOR)).toEqual([]);
    expect(session.send({ type: 'poll.open', pollId: 'poll-single' }, FACILITATOR)).toMatchObject({ ok: false, code: 'session/poll-already-revealed' });
  });

  it('revealing an open poll closes it first', () => {
    const { session } = openPoll('poll-single');
    expect(session.must({ type: 'poll.reveal', pollId: 'poll-single' }, FACILITATOR).map((event) => event.type)).toEqual(['PollClosed', 'PollRevealed']);
  });

  it('cannot close or reveal a poll never opened', () => {
    const session = aSession().start('poll-single');
    expect(session.send({ type: 'poll.close', pollId: 'poll-single' }, FACILITATOR)).toMatchObject({ ok: false, code: 'session/poll-never-opened' });
    expect(session.send({ type: 'poll.reveal', pollId: 'poll-single' }, FACILITATOR)).toMatchObject({ ok: false, code: 'session/poll-never-opened' });
  });

  it('refuses poll control outside a running session', () => {
    expect(aSession().send({ type: 'poll.open', pollId: 'poll-single' }, FACILITATOR)).toMatchObject({ ok: false, code: 'session/wrong-phase' });
  });
});

describe('vote.cast', () => {
  it('produces an anonymous ballot: no pair id, no time', () => {
    const { session, pairs } = openPoll('poll-single');
    const [ballot] = session.must({ type: 'vote.cast', pollId: 'poll-single', role: 'son', choice: single('a') }, pairs[0]!);
    expect(ballot).toEqual({ type: 'BallotCast', pollId: 'poll-single', voterKey: expect.stringMatching(/^[0-9a-f]{64}$/), role: null, choice: single('a') });
    expect(JSON.stringify(ballot)).not.toContain(pairs[0]!.pairId);
  });

  it('counts a voter once: a changed vote replaces the earlier one', () => {
    const { session, pairs } = openPoll('poll-single');
    session.must({ type: 'vote.cast', pollId: 'poll-single', role: 'son', choice: single('a') }, pairs[0]!);
    session.must({ type: 'vote.cast', pollId: 'poll-single', role: 'son', choice: single('b') }, pairs[0]!);
    session.must({ type: 'vote.cast', pollId: 'poll-single', role: 'mother', choice: single('b') }, pairs[0]!);
    expect(publicView(session.state).step).toMatchObject({ kind: 'poll', ballotCount: 2 });
  });

  it('takes one ballot per pair in a per-pair poll, whichever device votes', () => {
    const session = aSession().start('poll-multi');
    const [pair] = session.withPairs(1);
    session.must({ type: 'poll.open', pollId: 'poll-multi' }, FACILITATOR);
    const devices = session.split(pair!);
    session.must({ type: 'vote.cast', pollId: 'poll-multi', choice: { type: 'multiple', optionIds: ['a'] } }, devices.mother);
    session.must({ type: 'vote.cast', pollId: 'poll-multi', choice: { type: 'multiple', optionIds: ['a', 'b'] } }, devices.son);
    expect(mapValues(pollBallots(session.state, 'poll-multi'))).toEqual([{ role: null, choice: { type: 'multiple', optionIds: ['a', 'b'] } }]);
  });

  it('needs a role from a shared device in a per-member poll, and a member votes only as themselves', () => {
    const { session, pairs } = openPoll('poll-single');
    expect(session.send({ type: 'vote.cast', pollId: 'poll-single', choice: single('a') }, pairs[0]!)).toMatchObject({ ok: false, code: 'payload/invalid' });
    const { son } = session.split(pairs[0]!);
    expect(session.send({ type: 'vote.cast', pollId: 'poll-single', role: 'mother', choice: single('a') }, son)).toMatchObject({ ok: false, code: 'auth/forbidden' });
    expect(session.send({ type: 'vote.cast', pollId: 'poll-single', choice: single('a') }, son)).toMatchObject({ ok: true });
  });

  it('keeps the role only in polls split by role', () => {
    const { session, pairs } = openPoll('poll-scale');
    const [ballot] = session.must({ type: 'vote.cast', pollId: 'poll-scale', role: 'mother', choice: { type: 'scale', value: 4 } }, pairs[0]!);
    expect(ballot).toMatchObject({ role: 'mother' });
  });

  it.each([
    ['an unknown option', 'poll-single', single('z')],
    ['the wrong poll type', 'poll-single', { type: 'scale' as const, value: 3 }],
    ['too many choices', 'poll-multi', { type: 'multiple' as const, optionIds: ['a', 'b', 'c'] }],
    ['a repeated choice', 'poll-multi', { type: 'multiple' as const, optionIds: ['a', 'a'] }],
    ['a too long text', 'poll-open', { type: 'openText' as const, text: 'x'.repeat(301) }],
  ])('refuses %s', (_label, pollId, choice) => {
    const { session, pairs } = openPoll(pollId);
    expect(session.send({ type: 'vote.cast', pollId, role: 'son', choice }, pairs[0]!)).toMatchObject({ ok: false, code: 'session/poll-invalid-choice' });
  });

  it('refuses votes on a poll that is not open', () => {
    const session = aSession().start('poll-single');
    const [pair] = session.withPairs(1);
    const vote = { type: 'vote.cast' as const, pollId: 'poll-single', role: 'son' as const, choice: single('a') };
    expect(session.send(vote, pair!)).toMatchObject({ ok: false, code: 'session/poll-closed' });
    session.must({ type: 'poll.open', pollId: 'poll-single' }, FACILITATOR);
    session.must({ type: 'poll.close', pollId: 'poll-single' }, FACILITATOR);
    expect(session.send(vote, pair!)).toMatchObject({ ok: false, code: 'session/poll-closed' });
  });

  it('refuses a vote when the transport gave no voter key', () => {
    const { session, pairs } = openPoll('poll-single');
    const result = decide(session.state, { type: 'vote.cast', pollId: 'poll-single', role: 'son', choice: single('a') }, pairs[0]!, session.now);
    expect(result).toMatchObject({ ok: false, code: 'session/voter-key-missing' });
  });

  it('refuses a removed pair', () => {
    const { session, pairs } = openPoll('poll-single');
    session.must({ type: 'pair.remove', pairId: pairs[0]!.pairId }, FACILITATOR);
    expect(session.send({ type: 'vote.cast', pollId: 'poll-single', role: 'son', choice: single('a') }, pairs[0]!)).toMatchObject({ ok: false, code: 'auth/pair-removed' });
  });
});

describe('poll results', () => {
  function voteAll(session: SessionHarness, pairs: PairActor[], votes: Parameters<SessionHarness['must']>[0][]): void {
    votes.forEach((command, i) => session.must(command, pairs[i % pairs.length]!));
  }

  it('reach pairs and the projector only once revealed and only with k ballots', () => {
    const { session, pairs } = openPoll('poll-single', 3);
    session.must({ type: 'vote.cast', pollId: 'poll-single', role: 'son', choice: single('a') }, pairs[0]!);
    session.must({ type: 'vote.cast', pollId: 'poll-single', role: 'son', choice: single('b') }, pairs[1]!);
    session.must({ type: 'poll.reveal', pollId: 'poll-single' }, FACILITATOR);
    expect(publicView(session.state).step).toMatchObject({ results: { audience: 'everyone', everyone: { status: 'not-enough-answers', needed: 3 } } });
  });

  it('tally single-choice votes after reveal', () => {
    const { session, pairs } = openPoll('poll-single', 3);
    voteAll(session, pairs, [
      { type: 'vote.cast', pollId: 'poll-single', role: 'son', choice: single('a') },
      { type: 'vote.cast', pollId: 'poll-single', role: 'son', choice: single('a') },
      { type: 'vote.cast', pollId: 'poll-single', role: 'son', choice: single('b') },
    ]);
    expect(publicView(session.state).step).toMatchObject({ results: null });
    expect(facilitatorView(session.state).polls[0]?.results).toBeNull(); // no live tallies while open
    session.must({ type: 'poll.close', pollId: 'poll-single' }, FACILITATOR);
    expect(publicView(session.state).step).toMatchObject({ results: null });
    expect(facilitatorView(session.state).polls[0]?.results).toMatchObject({ everyone: { status: 'shown' } });
    session.must({ type: 'poll.reveal', pollId: 'poll-single' }, FACILITATOR);
    expect(publicView(session.state).step).toEqual({
      kind: 'poll',
      pollId: 'poll-single',
      status: 'revealed',
      ballotCount: 3,
      results: {
        pollId: 'poll-single',
        audience: 'everyone',
        everyone: { status: 'shown', tally: { type: 'single', ballotCount: 3, options: [{ optionId: 'a', count: 2 }, { optionId: 'b', count: 1 }, { optionId: 'c', count: 0 }] } },
      },
    });
  });

  it('split by role hides a role below k while showing the other', () => {
    const { session, pairs } = openPoll('poll-scale', 3);
    for (const pair of pairs) session.must({ type: 'vote.cast', pollId: 'poll-scale', role: 'mother', choice: { type: 'scale', value: 4 } }, pair);
    session.must({ type: 'vote.cast', pollId: 'poll-scale', role: 'son', choice: { type: 'scale', value: 2 } }, pairs[0]!);
    session.must({ type: 'poll.reveal', pollId: 'poll-scale' }, FACILITATOR);
    const step = publicView(session.state).step;
    expect(step).toMatchObject({
      results: {
        audience: 'byRole',
        mother: { status: 'shown', tally: { type: 'scale', ballotCount: 3, mean: 4, distribution: [{ value: 1, count: 0 }, { value: 2, count: 0 }, { value: 3, count: 0 }, { value: 4, count: 3 }, { value: 5, count: 0 }] } },
        son: { status: 'not-enough-answers', needed: 3 },
      },
    });
    expect(facilitatorView(session.state).polls.find((poll) => poll.pollId === 'poll-scale')?.roleCounts).toEqual({ mother: 3, son: 1 });
  });

  it('counts multiple-choice options', () => {
    const session = aSession().start('poll-multi');
    const pairs = session.withPairs(3);
    session.must({ type: 'poll.open', pollId: 'poll-multi' }, FACILITATOR);
    session.must({ type: 'vote.cast', pollId: 'poll-multi', choice: { type: 'multiple', optionIds: ['a', 'b'] } }, pairs[0]!);
    session.must({ type: 'vote.cast', pollId: 'poll-multi', choice: { type: 'multiple', optionIds: ['b'] } }, pairs[1]!);
    session.must({ type: 'vote.cast', pollId: 'poll-multi', choice: { type: 'multiple', optionIds: ['b', 'c'] } }, pairs[2]!);
    session.must({ type: 'poll.reveal', pollId: 'poll-multi' }, FACILITATOR);
    expect(publicView(session.state).step).toMatchObject({
      results: { everyone: { status: 'shown', tally: { type: 'multiple', ballotCount: 3, options: [{ optionId: 'a', count: 1 }, { optionId: 'b', count: 3 }, { optionId: 'c', count: 1 }] } } },
    });
  });

  it('shows open texts without names, ordered by key, minus the ones the facilitator hid', () => {
    const { session, pairs } = openPoll('poll-open', 3);
    const texts = ['Walk the dog', 'Board games', 'Cook dinner'];
    pairs.forEach((pair, i) => session.must({ type: 'vote.cast', pollId: 'poll-open', role: 'mother', choice: { type: 'openText', text: texts[i]! } }, pair));
    session.must({ type: 'poll.close', pollId: 'poll-open' }, FACILITATOR);
    const forFacilitator = facilitatorView(session.state).polls.find((poll) => poll.pollId === 'poll-open')?.results;
    if (forFacilitator?.audience !== 'everyone' || forFacilitator.everyone.status !== 'shown' || forFacilitator.everyone.tally.type !== 'openText') throw new Error('expected open texts');
    const answers = forFacilitator.everyone.tally.answers;
    expect(answers.map((answer) => answer.answerId)).toEqual([...answers.map((answer) => answer.answerId)].sort());
    const toHide = answers.find((answer) => answer.text === 'Board games')!;
    expect(session.send({ type: 'poll.hideAnswer', pollId: 'poll-open', answerId: 'unknown' }, FACILITATOR)).toMatchObject({ ok: false, code: 'session/poll-unknown-answer' });
    expect(session.send({ type: 'poll.hideAnswer', pollId: 'poll-single', answerId: toHide.answerId }, FACILITATOR)).toMatchObject({ ok: false, code: 'session/wrong-segment-kind' });
    session.must({ type: 'poll.hideAnswer', pollId: 'poll-open', answerId: toHide.answerId }, FACILITATOR);
    expect(session.must({ type: 'poll.hideAnswer', pollId: 'poll-open', answerId: toHide.answerId }, FACILITATOR)).toEqual([]);
    session.must({ type: 'poll.reveal', pollId: 'poll-open' }, FACILITATOR);
    const shown = JSON.stringify(publicView(session.state));
    expect(shown).toContain('Walk the dog');
    expect(shown).not.toContain('Board games');
    for (const pair of pairs) expect(shown).not.toContain(pair.pairId);
    expect(facilitatorView(session.state).polls.find((poll) => poll.pollId === 'poll-open')?.results).toMatchObject({
      everyone: { tally: { answers: expect.arrayContaining([{ answerId: toHide.answerId, text: 'Board games', hidden: true }]) } },
    });
    expect(toHide.answerId).toBe(answerIdFor(session.voterKeysOf({ ...pairs[1]!, member: 'mother' })[0]!.voterKey));
  });

  it("shows a pair its own ballot through its voter keys, and nobody else's", () => {
    const { session, pairs } = openPoll('poll-single', 2);
    session.must({ type: 'vote.cast', pollId: 'poll-single', role: 'son', choice: single('c') }, pairs[0]!);
    const mine = pairView(session.state, pairs[0]!.pairId, null, session.voterKeysOf(pairs[0]!));
    expect(mine?.ballot).toEqual({ pollId: 'poll-single', voters: [{ role: 'mother', voted: false, choice: null }, { role: 'son', voted: true, choice: single('c') }] });
    const theirs = pairView(session.state, pairs[1]!.pairId, null, session.voterKeysOf(pairs[1]!));
    // The other pair hasn't voted: nothing of this poll in its view ("not voted" on its phone), and nobody else's ballot.
    expect(theirs?.ballot).toBeNull();
    expect(pairView(session.state, pairs[0]!.pairId, 'son', session.voterKeysOf({ ...pairs[0]!, member: 'son' }))?.ballot?.voters).toEqual([{ role: 'son', voted: true, choice: single('c') }]);
  });

  it("a member's phone sees only its own ballot; a merged or replacement phone sees that members voted, never what", () => {
    const { session, pairs } = openPoll('poll-single', 1);
    const pair = pairs[0]!;
    const { mother, son } = session.split(pair);
    session.must({ type: 'vote.cast', pollId: 'poll-single', choice: single('a') }, mother);
    session.must({ type: 'vote.cast', pollId: 'poll-single', choice: single('b') }, son);
    const keys = (member: 'mother' | 'son' | null) => session.voterKeysOf({ ...pair, member });
    expect(pairView(session.state, pair.pairId, 'mother', keys('mother'))?.ballot?.voters).toEqual([{ role: 'mother', voted: true, choice: single('a') }]);
    // A shared view of a split pair (nobody should get one) would still hide both choices.
    expect(pairView(session.state, pair.pairId, null, keys(null))?.ballot?.voters.map((v) => v.choice)).toEqual([null, null]);
    session.must({ type: 'devices.add', role: 'son', credential: 'new-son-phone' }, mother);
    expect(pairView(session.state, pair.pairId, 'son', keys('son'))?.ballot?.voters).toEqual([{ role: 'son', voted: true, choice: null }]);
    session.must({ type: 'devices.merge', credential: 'merged' }, mother);
    session.must({ type: 'devices.merge', credential: 'merged' }, { ...son, credential: 'new-son-phone' });
    expect(pairView(session.state, pair.pairId, null, keys(null))?.ballot?.voters).toEqual([
      { role: 'mother', voted: true, choice: null },
      { role: 'son', voted: true, choice: null },
    ]);
  });

  it('feed the report subject to k', () => {
    const { session, pairs } = openPoll('poll-single', 3);
    for (const pair of pairs) session.must({ type: 'vote.cast', pollId: 'poll-single', role: 'son', choice: single('a') }, pair);
    session.must({ type: 'poll.close', pollId: 'poll-single' }, FACILITATOR);
    expect(pollReports(session.state, { revealedOnly: true }).find((poll) => poll.pollId === 'poll-single')?.results).toBeNull();
    expect(pollReports(session.state, { revealedOnly: false }).find((poll) => poll.pollId === 'poll-single')).toMatchObject({ question: 'Question poll-single?', ballotCount: 3, results: { everyone: { status: 'shown' } } });
  });

  it('split by role falls back to one combined result in a small room, never beside a shown role', () => {
    // 2 pairs, k = 3: 2 mothers and 2 sons are each under k, the 4 of them are not.
    const { session, pairs } = openPoll('poll-scale', 2);
    for (const pair of pairs) {
      session.must({ type: 'vote.cast', pollId: 'poll-scale', role: 'mother', choice: { type: 'scale', value: 4 } }, pair);
      session.must({ type: 'vote.cast', pollId: 'poll-scale', role: 'son', choice: { type: 'scale', value: 2 } }, pair);
    }
    session.must({ type: 'poll.reveal', pollId: 'poll-scale' }, FACILITATOR);
    expect(publicView(session.state).step).toMatchObject({
      results: {
        audience: 'byRole',
        mother: { status: 'not-enough-answers' },
        son: { status: 'not-enough-answers' },
        combined: { status: 'shown', tally: { type: 'scale', ballotCount: 4, mean: 3 } },
      },
    });
  });

  it('shows no combined result when one role reaches k (the other could be subtracted) or the room is under k', () => {
    const big = openPoll('poll-scale', 3);
    for (const pair of big.pairs) big.session.must({ type: 'vote.cast', pollId: 'poll-scale', role: 'mother', choice: { type: 'scale', value: 4 } }, pair);
    big.session.must({ type: 'vote.cast', pollId: 'poll-scale', role: 'son', choice: { type: 'scale', value: 1 } }, big.pairs[0]!);
    big.session.must({ type: 'poll.close', pollId: 'poll-scale' }, FACILITATOR);
    expect(facilitatorView(big.session.state).polls.find((poll) => poll.pollId === 'poll-scale')?.results).not.toHaveProperty('combined');

    const tiny = openPoll('poll-scale', 1);
    tiny.session.must({ type: 'vote.cast', pollId: 'poll-scale', role: 'mother', choice: { type: 'scale', value: 4 } }, tiny.pairs[0]!);
    tiny.session.must({ type: 'vote.cast', pollId: 'poll-scale', role: 'son', choice: { type: 'scale', value: 4 } }, tiny.pairs[0]!);
    tiny.session.must({ type: 'poll.reveal', pollId: 'poll-scale' }, FACILITATOR);
    expect(publicView(tiny.session.state).step).toMatchObject({ results: { mother: { status: 'not-enough-answers' }, son: { status: 'not-enough-answers' } } });
    expect(publicView(tiny.session.state).step).not.toHaveProperty('results.combined');
  });

  it('builds a word cloud of the shown open answers: normalized, stop words out, counted once per answer', () => {
    const { session, pairs } = openPoll('poll-open', 2);
    const texts = ['Tired but HAPPY!', 'happy, happy, happy', 'Hopeful and a bit tired', 'Hugs.'];
    texts.forEach((text, i) => session.must({ type: 'vote.cast', pollId: 'poll-open', role: i % 2 === 0 ? 'mother' : 'son', choice: { type: 'openText', text } }, pairs[Math.floor(i / 2)]!));
    session.must({ type: 'poll.close', pollId: 'poll-open' }, FACILITATOR);
    const cloudOf = (results: unknown) => {
      const everyone = (results as { everyone: { status: string; tally: { words: unknown } } }).everyone;
      return everyone.tally.words;
    };
    const before = facilitatorView(session.state).polls.find((poll) => poll.pollId === 'poll-open')?.results;
    expect(cloudOf(before)).toEqual([
      { word: 'happy', count: 2 },
      { word: 'tired', count: 2 },
      { word: 'bit', count: 1 },
      { word: 'hopeful', count: 1 },
      { word: 'hugs', count: 1 },
    ]);
    // Hiding an answer takes its words out of every audience's cloud.
    const hugs = (before as { everyone: { tally: { answers: { answerId: string; text: string }[] } } }).everyone.tally.answers.find((a) => a.text === 'Hugs.')!;
    session.must({ type: 'poll.hideAnswer', pollId: 'poll-open', answerId: hugs.answerId }, FACILITATOR);
    session.must({ type: 'poll.reveal', pollId: 'poll-open' }, FACILITATOR);
    const shown = (publicView(session.state).step as { results: unknown }).results;
    expect(cloudOf(shown)).not.toContainEqual({ word: 'hugs', count: 1 });
    expect(cloudOf(facilitatorView(session.state).polls.find((poll) => poll.pollId === 'poll-open')?.results)).toEqual(cloudOf(shown));
    // Hiding two more brings the shown answers under k: no cloud, even though the group itself showed.
    const answers = (before as { everyone: { tally: { answers: { answerId: string; text: string }[] } } }).everyone.tally.answers;
    for (const answer of answers.filter((a) => a.text.startsWith('Tired') || a.text.startsWith('happy'))) {
      session.must({ type: 'poll.hideAnswer', pollId: 'poll-open', answerId: answer.answerId }, FACILITATOR);
    }
    expect(cloudOf((publicView(session.state).step as { results: unknown }).results)).toEqual([]);
  });

  it('gives no word cloud before k answers', () => {
    const { session, pairs } = openPoll('poll-open', 1);
    session.must({ type: 'vote.cast', pollId: 'poll-open', role: 'mother', choice: { type: 'openText', text: 'calm' } }, pairs[0]!);
    session.must({ type: 'vote.cast', pollId: 'poll-open', role: 'son', choice: { type: 'openText', text: 'calm' } }, pairs[0]!);
    session.must({ type: 'poll.reveal', pollId: 'poll-open' }, FACILITATOR);
    expect(JSON.stringify(publicView(session.state))).not.toContain('calm');
  });
});

describe('the small-room notice', () => {
  it('tells the facilitator, as pairs join, when split polls will show one combined result or nothing', () => {
    const session = aSession();
    expect(facilitatorView(session.state).smallRoom).toEqual({ kind: 'none' });
    session.withPairs(1);
    // 1 pair: a per-pair poll has 1 ballot, per-member polls 2; k = 3.
    expect(facilitatorView(session.state).smallRoom).toEqual({ kind: 'too-small', pairCount: 1, minGroupSize: 3 });
    session.withPairs(1);
    expect(facilitatorView(session.state).smallRoom).toEqual({ kind: 'too-small', pairCount: 2, minGroupSize: 3 }); // the per-pair poll
    session.withPairs(1);
    expect(facilitatorView(session.state).smallRoom).toEqual({ kind: 'none' });
  });

  it('says split results show together when every poll still reaches k', () => {
    const agenda = anAgenda().topic('t').withIntro('intro').withPoll('split', scalePoll, { audience: 'byRole' }).build();
    const session = aSession(agenda);
    session.withPairs(2);
    expect(facilitatorView(session.state).smallRoom).toEqual({ kind: 'split-combined', pairCount: 2, minGroupSize: 3 });
  });
});
