/** Closed word classes the detector reasons with. All entries are normalised (lower-case, straight '). */
const words = (list: string, ...more: ReadonlySet<string>[]): ReadonlySet<string> => {
  const set = new Set(list.split(' '));
  for (const other of more) for (const w of other) set.add(w);
  return set;
};

export const FIRST_PERSON = words("i i'm im i've ive i'd i'll ill we we're we've we'd we'll me us");
export const SECOND_PERSON = words("you you're youre u ur you've you'd you'll youll y'all");
export const THIRD_PERSON = words("he she they it he's she's they're theyre it's he'd she'd they'd he'll she'll they'll everyone everybody nobody someone people one who");
export const BE = words('am is are was were be been being');
export const NEGATORS = words("not never no nothing don't dont won't wont ain't isn't wasn't aren't weren't can't cant cannot nor hardly stop quit refuse refused");
export const INTENSIFIERS = words('so soo very really truly terribly always awfully deeply sincerely genuinely extremely super just too also both all honestly kinda pretty sure kind of ever again still');
export const FEEL_VERBS = words('feel feels felt feeling make makes made');
export const SPEECH_VERBS = words('say says said saying tell tells told telling text texted wrote write typed reply replied');
export const DESIRE_VERBS = words('want wanted wanna like love need needed wish just have had gotta');
/** Words that introduce a quotation: "said 'sorry'", the error message "sorry, …", reply with "my bad". */
export const QUOTE_INTRODUCERS = words('message error like called named titled with goes went reads read sign note card post posted', SPEECH_VERBS);
export const QUOTE_FOLLOWERS = words('sounds sound is was said says he she they means');
/** "Watched Sorry to Bother You": a capitalised "Sorry" after these is a title. */
export const TITLE_CONTEXT = words('watched watch seen saw called named titled movie film show song book album reading rereading finished playing streaming binged bingeing rewatched rewatching singing sang');
export const DETERMINERS = words('a an the such this these those what his her their our your my');
/** Sentence-initial words that are not content: interjections, greetings, vocatives. */
export const FILLERS = words('oh ah uh um er eh hmm well yeah yes no nope ok okay alright look listen hey hi hello there so and but actually oops ugh aw wow man dude guys god omg welp like mean anyway huh right sure fine please then dear all everyone team thanks thank you lol haha wait first');
export const INTERROGATIVES = words('what which who where when why how are is was were do does did can could would will have has you your wait really seriously huh excuse pardon come');
export const PARDON_WORDS = words("what what's come again pardon huh say that me who where repeat sorry excuse");
export const TO_SYMPATHY = words('hear hearing heard learn read see say inform tell report find know announce');
/** "sorry to interrupt, but your taxi's here": what follows the "but" is why the writer asks for attention, not an excuse. */
export const TO_ASK_ATTENTION = words('interrupt bother disturb intrude butt barge jump chase nag pester ask trouble ping spam hassle email message text call ring');
export const MISFORTUNE = words('loss passing death news diagnosis divorce breakup accident illness injury miscarriage layoff funeral weather surgery cancer situation friend dad mom mum family job flight health');
export const YOUR_IMPOSITION = words('trouble inconvenience wait time confusion hassle experience order delivery request');
export const OBJECT_PRONOUNS = words('him her them you u us everyone');
export const FEELING_WORDS = words('feel felt feeling feels think thought see saw take took find found offended upset hurt mad angry annoyed bothered insulted disappointed frustrated misunderstood');
export const CLAUSE_FIRST = words('my our', FIRST_PERSON);
/** Whom an apology is said to, right after it ("sorry everyone, …", "apologies all"): the reader, not a subject. */
export const VOCATIVES = words("everyone everybody all guys folks team people y'all yall gang");
// After "…, sorry": what makes it an apology for the slip rather than the correction of it ("3 not 2, sorry, typo").
export const NOT_CORRECTION_NEXT = words("to for about if that but guys again it's its this you u all man though babe bro typo typos autocorrect autocorrected mistake misread misspelt misspelled", CLAUSE_FIRST);
export const APOLOGY_ADJECTIVES = words('quick sincere sincerest deepest deep humble profound heartfelt unreserved full public big huge');
export const OFFER_VERBS = words('offer offering extend issue make give owe send');
export const CONDITIONAL_WORDS = words("how when whenever if why whether unless that's");
export const WOULD = words("would we'd i'd 'd wouldn't");
