/** Closed word classes the detector reasons with. All entries are normalised (lower-case, straight '). */
const words = (list: string): ReadonlySet<string> => new Set(list.split(' '));

export const FIRST_PERSON = words("i i'm im i've ive i'd i'll ill we we're we've we'd we'll me us myself ourselves");
export const SECOND_PERSON = words("you you're youre u ur you've youve you'd youd you'll youll yourself y'all ya");
export const THIRD_PERSON = words(
  "he she they it he's hes she's shes they're theyre it's he'd she'd they'd he'll she'll they'll everyone everybody nobody someone somebody people one who whoever someone's",
);
export const BE = words("am is are was were be been being 'm");
export const NEGATORS = words(
  "not never no nothing don't dont won't wont ain't aint isn't isnt wasn't wasnt aren't arent weren't werent can't cant cannot needn't shouldn't shouldnt wouldn't wouldnt neither nor hardly nobody stop quit",
);
export const INTENSIFIERS = words(
  "so soo sooo soooo sooooo very really truly terribly awfully deeply sincerely genuinely incredibly extremely super just too also both all honestly profoundly hella real quite kinda pretty sure kind of sort ever again still most utterly massively hugely seriously absolutely fr rly rlly v tho though",
);
export const FEEL_VERBS = words('feel feels felt feeling make makes made');
export const SPEECH_VERBS = words(
  'say says said saying tell tells told telling text texted wrote write writes typed reply replied replies whisper whispered mumbled mutter muttered yell yelled shout shouted',
);
export const DESIRE_VERBS = words('want wanted wanna like love need needed wish just have had gotta');
/** Words that introduce a quotation: "said 'sorry'", the error message "sorry, …", reply with "my bad". */
export const QUOTE_INTRODUCERS = words(
  'say says said saying tell told wrote write writes typed reply replied replies message messages error like called named titled with goes went reads read sign signs note card text texted post posted comment commented caption',
);
export const QUOTE_FOLLOWERS = words('sounds sound is was said says he she they means meant');
/** "Watched Sorry to Bother You": a capitalised "Sorry" after these is a title. */
export const TITLE_CONTEXT = words(
  'watched watch watching seen saw see called named titled read reading movie film show song book album play episode series listened listening loved love liked like recommend',
);
export const DETERMINERS = words('a an the such this these those what his her their our your my');
/** Sentence-initial words that are not content: interjections, greetings, vocatives. */
export const FILLERS = words(
  "oh ah uh um umm er erm eh hmm hm well yeah yea yes yep yup no nope nah ok okay okey k alright look listen hey hi hello heya hiya yo there so and but actually oops whoops ugh aw aww awww wow man dude guys gosh god omg welp sigh like mean anyway anyways mm mhm huh right sure fine please ahh ohh then again dear all everyone folks team thanks thank you lol haha hah jeez geez sheesh wait hold on really also first",
);
export const INTERROGATIVES = words(
  'what which who whom whose where when why how are is was were do does did can could would will have has you your wait hold really seriously huh excuse pardon come',
);
export const PARDON_WORDS = words("what whats what's come again pardon huh say that me who where when repeat sorry excuse");
export const TO_SYMPATHY = words('hear hearing heard learn learning read reading see seeing say inform tell report find know announce advise');
export const MISFORTUNE = words(
  'loss losses passing death news diagnosis divorce breakup break-up accident illness injury miscarriage layoff layoffs funeral troubles weather struggles struggle condition surgery cancer ordeal situation cat dog pet dad mom mum father mother grandma grandpa grandmother grandfather brother sister friend friends wife husband son daughter aunt uncle cousin family boyfriend girlfriend partner nan nana granny job house home car flight health',
);
export const YOUR_IMPOSITION = words(
  'trouble inconvenience wait waiting time frustration confusion hassle experience order package delivery request ticket refund invoice payment account call email message',
);
export const OBJECT_PRONOUNS = words('him her them you u us everyone everybody yourself ya');
export const FEELING_WORDS = words(
  'feel felt feeling feels think thought see saw take took perceive perceived interpret interpreted find found offended upset hurt mad angry annoyed bothered insulted disappointed frustrated misunderstood misread believe',
);
export const CLAUSE_FIRST = words("i i'm im i've ive i'd i'll ill we we're we've we'd we'll my our me");
export const NOT_CORRECTION_NEXT = words(
  "i i'm im we we're my our to for about if that but guys again it's its this you u about everyone all man dude though tho babe bro",
);
export const APOLOGIES_OWNER = words('my our');
export const APOLOGY_ADJECTIVES = words(
  'sincere sincerest deepest deep humble humblest profound profuse heartfelt genuine many unreserved full formal public personal big huge honest belated most',
);
export const OFFER_VERBS = words('offer offering extend extending issue issuing make making give giving owe send sending');
export const CONDITIONAL_WORDS = words('how when whenever if why whether unless that\'s');
export const WOULD = words("would we'd i'd 'd wouldn't");
export const BODY_WORDS = words('throat voice cough cold phone mouth stomach english hands typing keyboard fingers hiccups allergies nose');
export const MEANINGLESS_NEXT = words('man dude babe bro guys mam maam sir love hun honey sweetie buddy pal mate');
