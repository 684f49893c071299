/**
 * The plain-words sentence fragments narratives are built from, about the patterns the
 * domain describes (mass friend requests, contact on social media, games and dating apps,
 * grooming stages, exploitation). A narrative is a few of these, chosen to fit the report's
 * reporter, platform, indicators and stage. All people, places and accounts are invented.
 */
import type {
  platform,
  groomingStage,
  indicator,
  exploitationType,
  reporterRelation,
} from '../../src/api/contract/enums.ts';

type Values<E extends { values: string[] }> = E['values'][number];

const who = ['my daughter', 'my son', 'my niece', 'my nephew', 'my younger brother', 'my friend'];
/** For templates that go on with "she"/"her". */
const whoFemale = ['my daughter', 'my niece', 'my younger sister', 'my granddaughter'];
const ages = [11, 12, 13, 14, 15, 16, 17, 19];

/** Openers, by who is reporting. Templates with {who}/{age} are expanded below. */
const openerTemplates: Record<Values<typeof reporterRelation>, string[]> = {
  self: [
    'I am {age} and someone I met online will not leave me alone.',
    'I am writing because I do not know who else to tell.',
    'I am {age} and I think I made a mistake trusting someone.',
    'This happened to me and I am scared to tell my parents.',
    'I met someone online a few weeks ago and now I feel trapped.',
    'I need advice, I am {age} and this person keeps pressuring me.',
    'Something is not right with a person I have been talking to.',
    'I was offered a job abroad and now I am not sure it is real.',
  ],
  friend_family: [
    '{Who}, {age}, has been talking to an older man she met online.',
    '{Who} ({age}) has a new online friend who knows far too much about her.',
    'I am worried about {who}, who is {age}.',
    '{Who} told me about someone she chats with every night.',
    'I found messages on the phone of {who}, who is only {age}.',
    '{Who} has changed a lot in the last month and I think someone online is behind it.',
    'Our family is worried about {who}, {age}, and a person she met in a game.',
    '{Who} left home to meet someone and came back very upset.',
  ],
  witness: [
    'I saw a man at the bus station approaching girls who looked about {age}.',
    'I work in a café and noticed the same adult meeting different teenagers.',
    'At the hotel where I work a young girl arrived with an older man who did all the talking.',
    'I noticed an account sending friend requests to lots of children at our school.',
    'In the park near my house an adult keeps meeting young people after school.',
    'I overheard a conversation on the train that worried me.',
    'A group of young people is collected by a van every morning and brought back late.',
    'Someone in my building seems to be holding a young woman who never goes out alone.',
  ],
  professional: [
    'I am a school counsellor and a pupil, {age}, told me about an online contact.',
    'As a youth worker I noticed a pattern among the young people I support.',
    'I am a nurse and a patient disclosed something that worries me.',
    'I teach at a secondary school and several pupils mentioned the same account.',
    'I work for a children’s charity and we received a call about this.',
    'As a social worker I am passing on concerns raised by a family.',
    'I am a police community officer reporting on behalf of a parent.',
    'I moderate an online community and found this conversation in our reports.',
  ],
  unknown: [
    'Someone needs to look at this account.',
    'Please check this, it does not look right.',
    'I want to report something I saw online.',
    'Reporting a suspicious contact.',
    'This is about a young person I know.',
    'I am not sure if this is the right place to report this.',
  ],
};

/** How the contact started, by platform (or in person). */
const contactTemplates: Record<Values<typeof platform> | 'physical', string[]> = {
  social_media: [
    'It started with a friend request on social media from an account with no mutual friends.',
    'He commented on her photos for weeks before sending a private message.',
    'The profile said he was {age} but the photos looked like stock pictures.',
    'He seemed to know her interests from her posts and said he liked the same music.',
    'The account followed hundreds of young people in a single day.',
    'Several of her friends got the same message from the same profile.',
    'He claimed to be a model scout and asked her to send more pictures.',
  ],
  online_gaming: [
    'They met in an online game and he gave her items and in-game currency.',
    'He joined his team in a game and then invited him to a private voice server.',
    'The player said he was also {age} but his voice sounded much older.',
    'He offered to pay for game credits if she talked to him on another app.',
    'In the game chat he asked which school she went to.',
    'A player he met in a game kept asking to move the chat somewhere else.',
  ],
  dating_app: [
    'She met him on a dating app even though she is under the age limit.',
    'The match on the dating app wanted to meet the same day.',
    'His dating profile used photos of someone else.',
    'He said he was looking for something serious and quickly talked about moving in together.',
    'The dating app match asked her to travel to another city to see him.',
  ],
  messaging_app: [
    'He asked to switch to a messaging app where messages disappear.',
    'She was added to a group chat full of strangers who then messaged her privately.',
    'The messages come at night, dozens at a time.',
    'He used a messaging app and said she must delete the chat every evening.',
    'A number she did not know sent her voice notes every day.',
  ],
  classifieds: [
    'The job advert on a classifieds site promised high pay for easy work.',
    'An ad offered modelling work abroad with travel paid in advance.',
    'The classified ad for a room to rent asked for photos of the applicant.',
    'The advert said no experience needed and accommodation included.',
  ],
  other: [
    'Contact started on a forum for young people.',
    'He found her through a live-streaming site where she posted videos.',
    'The first message came through a school homework app.',
    'It began in the comments under a music video.',
  ],
  physical: [
    'He approached her outside the school gates.',
    'The man offered lifts home from the shopping centre.',
    'They were introduced by an older friend at a party.',
    'A woman offered work at a nail salon to girls at the bus station.',
    'She was recruited in person by someone from her own community.',
  ],
};

/** Red flags, one list per indicator, so narratives fit the report's indicators. */
const indicatorTemplates: Record<Values<typeof indicator>, string[]> = {
  mass_friend_requests: [
    'The same account sent friend requests to most of her class.',
    'Within a day the profile had added hundreds of teenagers.',
    'Everyone at the club got a request from this person.',
    'He sends requests to strangers and talks to whoever accepts.',
  ],
  false_identity: [
    'He pretended to be the same age as her.',
    'The person used a fake name and photos of a teenager.',
    'He said he went to a school nearby but nobody there knows him.',
    'Later we found out the profile belonged to a much older man.',
  ],
  gifts_or_money: [
    'He sent her money for a new phone.',
    'She received gifts in the post from someone we have never met.',
    'He keeps buying game credits and clothes for him.',
    'He offered to pay her phone bill.',
  ],
  secrecy_requested: [
    'He told her not to tell anyone about their chats.',
    'He said our conversations are only between us.',
    'She was asked to keep the relationship secret from her parents.',
    'He told him that adults would not understand their friendship.',
  ],
  moved_to_private_channel: [
    'He insisted on moving the conversation to a private app.',
    'After a few days he asked for her number to talk in private.',
    'They moved to an app with disappearing messages.',
    'He created a private group only for the two of them.',
  ],
  sexual_image_request: [
    'He started asking for pictures of her without clothes.',
    'He kept asking for private photos and said everyone does it.',
    'He sent explicit pictures first and asked for some back.',
    'He asked her to turn on the camera late at night.',
  ],
  image_blackmail: [
    'Now he threatens to share the photos unless she sends more.',
    'He says he will send the pictures to her family and school.',
    'He demanded money or he would post the images online.',
    'He made a group with her friends and said he would share the video there.',
  ],
  meeting_requested: [
    'He wants to meet at a hotel in the city centre.',
    'He asked her to come to a café near the station on Saturday.',
    'He offered to pick her up from school.',
    'He keeps asking to meet in the park after dark.',
  ],
  threats: [
    'He said he knows where she lives.',
    'When she tried to stop talking to him he became angry and threatening.',
    'He threatened to hurt her family if she told anyone.',
    'The messages turned into threats after she said no.',
  ],
  isolation: [
    'She has stopped seeing her friends and stays in her room.',
    'He told her that her family does not care about her.',
    'He convinced him to stop going to school.',
    'She is no longer allowed to talk to anyone but him.',
  ],
  job_offer: [
    'He offered her a job as a waitress in another country.',
    'The job offer promised accommodation and a good salary.',
    'She was promised work in a hotel abroad.',
    'They offered him a job in construction with cash in hand.',
  ],
  travel_arranged: [
    'A ticket was bought for her without her parents knowing.',
    'Someone arranged her travel and will meet her at the airport.',
    'He booked a bus ticket for her to a city she has never been to.',
    'They said transport and visa would be taken care of.',
  ],
  documents_withheld: [
    'Her passport was taken by the employer on arrival.',
    'They keep his identity documents in a safe.',
    'The workers do not have their own passports.',
    'She cannot leave because they have her papers.',
  ],
  debt_bondage: [
    'She is told she owes money for the travel and must work it off.',
    'The debt keeps growing because of charges for food and rent.',
    'He says he cannot leave until the debt is paid.',
    'They take most of the wages to pay back the cost of the journey.',
  ],
};

/** A sentence for the stage the report shows, when no indicator fragment is chosen. */
const stageTemplates: Record<Values<typeof groomingStage>, string[]> = {
  relationship_building: [
    'At first he was very kind and listened to all her problems.',
    'He told her he understood her better than anyone.',
    'They talked every day for weeks and he shared a lot about his own problems.',
    'He always knew what to say when she was sad.',
    'He built trust slowly and was always there for him.',
  ],
  meet_up_coercion: [
    'The conversations changed and he started pressuring her.',
    'He lied about who he was and now wants to meet.',
    'She felt she had no choice but to do what he asked.',
    'He said if she really cared she would prove it.',
    'He put a lot of pressure on her and she is frightened.',
  ],
  exploitation: [
    'She is now being made to work and does not get paid.',
    'We think she is being sold to other men.',
    'He is being made to sell drugs for them.',
    'They are living in a house with many other people and cannot leave.',
    'She is forced to work long hours and hand over her earnings.',
  ],
  not_applicable: [
    'No contact has happened yet but the behaviour is suspicious.',
    'I am reporting the account before anything happens.',
    'Nothing has happened to anyone I know, but the profile is targeting children.',
  ],
  unknown: [
    'I do not know exactly what is going on.',
    'I only know part of the story.',
    'It is hard to tell how far this has gone.',
  ],
};

const exploitationTemplates: Record<Values<typeof exploitationType>, string[]> = {
  sexual: [
    'I believe she is being sexually exploited.',
    'Men come and go from the flat at all hours.',
    'Her photos appeared on an adult website.',
  ],
  labour: [
    'They work in a car wash for almost no money.',
    'The workers sleep at the farm and are never paid.',
    'He works twelve hours a day in a factory and gives the money to his boss.',
  ],
  forced_criminality: [
    'He is being made to carry drugs between towns.',
    'They are forced to steal from shops and hand over what they take.',
    'The young people are used to beg on the street for a gang.',
  ],
  domestic_servitude: [
    'She cleans and cooks for the family all day and is not allowed out.',
    'The nanny has no day off and sleeps in the kitchen.',
  ],
  forced_marriage: [
    'Her family is arranging a marriage she does not want.',
    'She is being taken abroad to be married.',
  ],
  organ_removal: ['He was told he could pay his debt by selling a kidney.'],
  unknown: ['I do not know what they want from her.', 'I cannot tell what kind of work this is.'],
};

const closers = [
  'Please help.',
  'I am very worried.',
  'Please do something before it is too late.',
  'I have screenshots if needed.',
  'I do not want my name to be used.',
  'I can be contacted through the app.',
  'I did not know where else to report this.',
  'Thank you for reading this.',
  'I reported the account to the platform but nothing happened.',
  'We have not told the police yet.',
  'The police have been informed.',
  'This has been going on for about three months.',
  'It started last week.',
  'This happened during the school holidays.',
  'I think other children are involved too.',
  'She does not know I am reporting this.',
  'He is getting more and more aggressive.',
  'I blocked him but he made a new account.',
  'Please keep this confidential.',
  'I will send more details when I can.',
];

function expand(templates: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of templates) {
    if (t.includes('{Who}') || t.includes('{who}')) {
      for (const w of /\b(she|her)\b/.test(t) ? whoFemale : who.slice(0, 4)) {
        const cap = w.charAt(0).toUpperCase() + w.slice(1);
        out.push(
          t
            .replaceAll('{Who}', cap)
            .replaceAll('{who}', w)
            .replaceAll('{age}', String(ages[(out.length * 3) % ages.length])),
        );
      }
    } else if (t.includes('{age}')) {
      for (const a of [12, 14, 16]) out.push(t.replaceAll('{age}', String(a)));
    } else out.push(t);
  }
  return out;
}

function expandRecord<K extends string>(r: Record<K, string[]>): Record<K, string[]> {
  const out = {} as Record<K, string[]>;
  for (const k of Object.keys(r) as K[]) out[k] = expand(r[k]);
  return out;
}

export const openers = expandRecord(openerTemplates);
export const contacts = expandRecord(contactTemplates);
export const indicatorSentences = expandRecord(indicatorTemplates);
export const stageSentences = expandRecord(stageTemplates);
export const exploitationSentences = expandRecord(exploitationTemplates);
export const closingSentences: readonly string[] = closers;
