"""The one list of the words people use for yes, no, done, stop, later, start again, a real person,
help and skip, and the questions that ask whether a reply is one of them. Every question's reader
(and the actions, through `bot.conversation.meaning`) uses these, and no other list."""
from __future__ import annotations

import re

from bot.conversation.meaning.kinds import Meaning
from bot.conversation.meaning.plain import bare, plain

POLITE = (r"(please|thanks|thank you|ok|mate|love|dear|sir|madam|now|then|so|really|i think|for now|"
           r"very much|a lot|much|for that|for asking|lol|x+|bye|just|yes|yep|well|oh|ah|um|erm|hmm|to me|as well|"
           r"totally|thats it|that is it|no worries|indeed|ta|for (him|her|them|mum|dad|my \w+)|kindly|"
           r"at (this|the) (time|moment|point|stage)|right now|for today|today|at present|to be honest|honestly|"
           r"thank you kindly|many thanks|much appreciated|cheers)")
_TAIL = rf"(\s+{POLITE})*"

# "that is quite right", "looks correct to me", "aye thats grand": who or what, how much, and a good word.
_GOOD = (r"(right|correct|fine|good|true|ok|accurate|spot on|bang on|grand|champion|great|lovely|perfect|"
         r"brilliant|cool|sound|excellent|fab|fantastic|super|smashing|canny|alright|all right|about it)")
_SAYS_GOOD = (rf"((i think|i believe|i guess) )?((that|it|this|everything|all|all of (it|that|this))( is| was)?( all)? |(that|it|this|everything) "
              rf"(looks|seems|sounds) |looks |seems |sounds |is |you are |you have (got )?it |you got it )?"
              rf"((quite|totally|completely|absolutely|exactly|perfectly|entirely|pretty much|about|all|just|so|"
              rf"very|dead|100 percent|an|a) )?{_GOOD}( information| info| details| account| record| summary| description)?( enough| here| there)?( to me| for me| with me| by me| yes)?|"
              r"that is (the one|him|her|them|me|us|mum|dad|my \w+)")
YES = (rf"{_SAYS_GOOD}|"
       r"mhm|mm|mmhm|mm hmm|uh huh|i think so|nothing (to add|else to add)|i believe so|yes i think so|i guess so|"
       r"that is what i (said|meant|told you|say)|(that is )?exactly what i (said|meant)|"
       r"(that|it) would be (lovely|great|good|fine|helpful|brilliant|grand|perfect)|"
       r"no (problem|bother|worries)( at all)?|nae bother|not a problem|sure thing|"
       r"(that is |it is |that will be |all )?(ok|fine|alright|good|grand) (with|by|for) (me|us|him|her|them)|"
       r"i am (ok|fine|alright|happy|good|content) (with|about) (that|it|this|them having it)|"
       r"(i am|we are|he is|she is) (ok|fine|happy|content) for (that|it|this|them|you) to be (shared|sent|passed on)|"
       r"(i am )?(happy|glad|willing|content|ok) (for (you|them|him|her) )?to (share|send|have|pass|see|read|get|use)"
       r"( it| this| that| them| on)?"
       r"( with them| to them| on)?|"
       r"(i )?(agree|consent) to (share|sharing|send|sending|that|this|it)( it| this| that| them)?|"
       r"(he|she|they|mum|dad|my (mum|dad|mother|father|husband|wife|partner|son|daughter)) "
       r"(agrees|agreed|is happy|are happy|is ok|is fine)( with (that|it|this))?|"
       r"(of course |yes |yes of course )?you (can|may)( (share|send|have) (it|this|that|them))?( to them)?|"
       # "pass" alone is a skip ("pass" at a question): agreeing needs what is passed ("pass it on")
       r"(just |please |ok )?((send|share)( it| this| that| them)?|pass (it|this|that|them))( to them| on| over| please)?|"
       r"(i )?accept|accepted|"
       r"yes|ok|sure|correct|right|true|exactly|absolutely|of course|definitely|certainly|indeed|"
       r"fine|good|great|perfect|spot on|lovely|brilliant|yes please|please do|please|go ahead|go for it|"
       r"do it|share it|send it|agreed|i agree|agree|i do|i am happy|happy with (that|it|this)|"
       r"that is (right|correct|fine|good|true|ok|perfect|spot on|it)|it is (right|correct|fine|good|true|ok)|"
       r"is (right|correct|good|ok|true)|this is (right|correct|good|ok)|all (right|correct|good|fine)|"
       r"looks (right|good|fine|ok|correct|great)|sounds (right|good|fine|ok|great)|"
       r"(you are|you got it|you have got it|you have it) (right|correct)?|you got it|yes it is|"
       r"yes that is right|affirmative|si|oui|ja|da|tak|haan|ha|ji|confirm|confirmed|i confirm|"
       r"nothing (wrong|to change)|no changes?|all ok|alright|that will do|will do|yes that is all right|go on|"
       r"share|please share|share (them|this|that|it)|fine by me|(i am )?happy( with (that|it|this))?|"
       r"i agree to (share|that|this|it)|everything( is)? (correct|right|fine|ok)|(that is )?about right|"
       r"that is (him|her|them|me|us)|is ok|all (is )?(correct|right|good|fine)|yes that is all correct|"
       r"(that is |that is fine |fine )?by me|i am agree|i give (my )?(permission|consent)|you have my (permission|consent)|"
       r"i consent|consent|permission (given|granted)|well done|good job|then|that is fine by me|"
       r"(please )?go ahead and (share|send)( it)?|and share|and send")
NO = (r"((that|it|this)( is| was)?|you (have )?(got|put|written) (that|it|this)|that is all|it is all) "
      r"((all|completely|totally|just|quite|very) )?(wrong|incorrect|a mistake|mistaken|false|not right|not correct|not true)"
      r"( at all)?|"
      r"(some|part|parts|one|a bit|bits|that bit|this bit|that part|this part|one bit|one part)( of (it|that|this|them))? "
      r"(is|are) (wrong|not right|not correct|incorrect|not true)|not all of (it|that)( is (right|correct|true))?|"
      r"that is not true at all|"
      r"(that is |it is )?not what i (said|meant|told you|say)|not exactly|"
      r"do not (share|send|pass)( it| this| that| them| anything| on)?( to them)?|"
      r"(i )?(would )?(rather|prefer) (you did not|you do not|not|you did not share it)( to)?( (share|send)( it| this| that)?)?|"
      r"(i )?(refuse|decline)|n|no permission|"
      r"no|not really|no thanks|no thank you|not at all|never|negative|nein|non|nie|nahi|"
      r"that is (wrong|not right|not correct|incorrect)|it is (wrong|not right|not correct|incorrect)|"
      r"is not (right|correct)|not (right|correct|true|accurate)( at all)?|wrong|incorrect|i do not agree|i disagree|"
      r"do not|i do not|i do not want to|do not share|do not send|i would rather not|rather not|not now|"
      r"not quite|this is (wrong|not right|not correct)|that is not it|not that|i have changed my mind|"
      r"changed my mind|no way|definitely not|absolutely not|that is not true|not true|none of (that|it) is (right|true|correct)|"
      r"i do not consent|i do not give (my )?(permission|consent)|not even close|nowhere near|far from it|not by a long way")
DONE = (r"(that is|that was|thats|and that is|i think that is|i think that was|that is about) "
        r"(all|it|everything|everything i think|all i have|all i can think of|all for now|me done|my lot)|"
        r"(i am |we are |all |i have )?(done|finished|finished now|done now|all done|complete|through)|"
        r"nothing (else|more|further|to add|else to add|else to say|more to say|more to add)|"
        r"nothing (else|more|further) to (add|say|tell( you)?)|that all( for now)?|"
        r"is (that|this) (enough|everything|all)( (for you|you need|then|now))*|"
        r"(that|this) (concludes|completes|ends) (my|the|our) (account|story|statement|part|bit)|"
        r"no more|no more to (say|add|tell)|the end|end|finish|finished|all done|thats all|that is all|"
        r"(no|nope)( that is| thats)? (all|it|everything)|no nothing( else| more)?|nothing|not really|"
        r"no that is all|i have nothing (else|more)( to (add|say))?|i have told you everything|"
        r"you have (it all|everything)|that is the lot|that is enough|enough|i am finished|that will be (all|it)|"
        r"that is (all|everything) i (want|wanted|have|need|wish|wished) to (say|tell you|add)|that is my story|"
        r"i have nothing (more|else) to (tell|say|add)( you)?|nothing (else|more) to tell( you)?|"
        r"i have (said|told you) (everything|it all|all i (want|need|wanted) to( say)?)|"
        r"(that is )?(all|everything) i can think of|"
        r"(i )?(cannot|can not|do not) think of anything (else|more)|that will do( for now)?|"
        r"(that is )?(all|everything|it) (about|for) (him|her|them|me|mum|dad|my \w+)|"
        r"(that is|i think that is) (all|everything|it) (about|for) (him|her|them|mum|dad|my \w+)|"
        # "that is everything i can tell you", "thats all i can manage", "that is me finished", "thats it from me"
        r"(that is |i think that is )?((just |pretty much )?about )?(all|everything|it|about all|the lot) i (can|could) (think of|tell you|say|manage|"
        r"remember|give you)( to (tell you|say|add))?|that is (me|us) (done|finished|finished now)|"
        r"(that is |i think that is )?(all|everything|it) from (me|us)|(that is )?(all|everything) of it|"
        r"(i think )?you (have|have got|now have) (it all|everything|all of it|the (whole|full) (picture|story|lot))( now)?|"
        r"(can|could|shall) (we|i) (finish|end|leave it|stop) (there|here|at that)|(let us|lets) (finish|leave it) (there|here)|"
        r"that is (all|everything|it) (done|told)|i have (nothing|no more) (else )?(to (add|say|tell( you)?))?|"
        # "i have told you all i can", "nothing more from me", "thats the end of my story", "that covers it"
        r"i have (told you|said|given you|covered) (all|everything|it all|all i (can|know|have))( i (can|know|have))?|"
        r"nothing (more|else|further) from (me|us)|(that is )?(the )?end of (my|the|his|her|their|our) story|"
        r"done and dusted|(i think )?that (covers|is) (it|everything|all|the lot|all of it)( covered)?|"
        r"(i think )?(that|this) covers (it|everything|all|the lot|it all)|that is me( then| now)?|"
        r"(all )?(done|finished) (from|on) (me|us|my end|our end|my side|our side)|"
        # "that concludes what i wished to say", "thats all ive got to say", "that is what i had to tell you"
        r"(that|this|which) (is|was|concludes|completes|covers) (all|everything|it|what|all that|the lot)( that)? (i|we) "
        r"(have|have got|had|wanted|wished|want|wish|need|needed|would like|meant) to (say|tell you|add|share|write)|(that is|i am) (about )?(done|finished) (for now|then)")
STOP = (r"stop|cancel|quit|exit|stop please|please stop|stop it|stop this|stop now|end this|"
        r"i want to stop|i would like to stop|leave me alone|unsubscribe|forget it|never mind|nevermind|"
        r"stop the chat|stop talking|i do not want to do this|i do not want to carry on|i give up|"
        r"i do not want to (continue|go on)|end (the|this) (chat|conversation)|stop now please|"
        r"cancel (all )?(this|that|it|everything)|stop (all )?(this|that|it|everything)|"
        # "I don't want to do this any more", "I've changed my mind, I don't want to tell my story"
        r"((i have )?changed my mind )?(i do not|i no longer) (want|wish) to (do|continue with|carry on with|go on with|"
        r"tell|share|give|finish) (this|it|my story|this story|the story|(his|her|their) story|any of this|anything|any of it)"
        r"( story)?( any more| now| after all| today)?|"
        r"i do not want to (do|go on|carry on|continue)( with)?( this| it)?( any more)?|"
        r"i (have|have had|have just had) (had )?enough( of (this|it|these questions|this chat|all this))?|"
        r"i am (done|finished) with (this|it|all this)|i want (out|to get out)|that is it i am (done|out)|"
        r"(please |just |can you |can we |could we |i want to |i would like to )+(stop|end|cancel)( (this|it|now|all this|the chat))?|"
        r"(please )?(can|could|may) (i|we) (please )?(stop|end|quit|cancel)( (this|it|now|here|please|all this))*|"
        # "I wish to stop now", "I would like to withdraw and stop now", "i am stopping now", "stop recording"
        r"(i|we) (want|wish|would like|need|am going|have decided) to (stop|withdraw|quit|end (this|it)|pull out)"
        r"( (and|to) (stop|withdraw|quit|end (this|it)))?( (now|here|this|it|please|then|today|all this))*|"
        r"(i am|we are) (stopping|quitting|withdrawing|pulling out|out)( (now|here|this|it|then))*|"
        r"(i am|we are) not (doing|carrying on with|going on with) (this|it)( any more)?|"
        r"stop (recording|typing|writing|listening|asking( me)?( questions)?)( (now|please))*|"
        # "terminate the session", "i wish to end this session now", "cba anymore", "i need to stop, i cant do this now"
        r"(terminate|end|close) (the|this) (session|chat|conversation)( (now|please))*|"
        r"(i|we) (want|wish|would like|need|have) to (end|close|terminate) (the|this) (session|chat|conversation)( (now|please))*|"
        r"(i|we) (have|need|want) to stop( (this|it|now|here|please))*|(i|we) (can not|cannot) do (this|it)( (now|any more|today))*|"
        r"cba( any more)?|(i )?(can not|cannot) be bothered( (any more|with (this|it)))*|i am out|im out")
LATER = (r"\b(let me think( about it)?|think about it|(need|have|want) to (ask|check with|talk to|speak to) "
         r"(my|his|her|their|the) \w+( first)?|later|another time|another day|come back|some other time|tomorrow|not now|"
         r"(have to|need to|must|got to) go(?! (to|and|for|in|into|back to|up|down|through)\b)|have to run|got to run|be right back|pause|hold on|in a bit|carry on later|"
         r"continue later|finish (it |this )?(later|another|tomorrow)|busy now|running out of time|"
         r"save (it|this|my progress)|i will be back|let me (ask|check with|talk to|speak to|think)|"
         r"(let me|i will|i am going to) (take|have) a (break|rest|breather)|"
         r"(can|could|let) (i|me) (ask|check with|talk to|speak to) (my|his|her|their|the) \w+( first| about it)?|"
         # "hang on a minute", "i need a break, back in a bit", "can i do the rest another day", "someone at the door"
         r"hang on|wait a (minute|min|moment|sec|second|bit|mo)|give me a (minute|min|moment|sec|second|mo)|"
         r"(just |one )(a )?(minute|moment|sec|second|mo)|(someone|somebody) (is )?at the door|(the )?door ?bell|"
         r"(i am having|i will have|i will take|i am going to have|i am going to take) a (break|rest|breather|cup of tea)|"
         r"back (in a (bit|minute|min|while|mo|sec)|soon|shortly|in (5|10|five|ten|a few) (min|mins|minutes))|"
         r"(do|finish|answer|tell you|say) (the rest|this|it|more|the others)( bit)? (another|tomorrow|later|tonight|next|"
         r"in the (morning|evening|afternoon)|this (evening|afternoon)|at the weekend|on \w+day)|"
         r"(consider|think over|think about) (it|this|them|that)( (before|first))?|before deciding|decide later|"
         r"(carry on|continue|go on|pick (this|it) up|resume)( (this|it))? (tonight|tomorrow|another|next|when|later|"
         r"in the (morning|afternoon|evening)|this (morning|afternoon|evening)|at the weekend)|"
         r"pause( (this|it|here|there|now|for now|for a (bit|minute|while)))?|"
         r"stop (here|there|for now|for a (bit|minute|while)) and (come back|continue|carry on|finish)|"
         r"(can|could) (i|we) (pause|stop)( (this|it|here|now))?( and (come back|carry on|continue))|"
         r"finish (it |this |the rest )?(tonight|another|next|when)|another (day|time|evening|morning))\b")
RESTART = (r"\b(start (again|over|afresh|fresh|from scratch|from the (beginning|start)|a new one|new)|fresh start|"
           r"restart|begin again|start it again|from the (beginning|start|top)|reset|redo|"
           r"do it again from|wipe it and start|scrap (that|it|this)( and start)?|clear (it|everything) and start|"
           r"go back to the (beginning|start)|start (this|it|everything|the whole thing)( all)? (again|over)|begin (the whole thing|it all|it|this|everything|all of it) (again|over))\b")
HUMAN = (r"\b((talk|speak|chat|speek|tlk) (to|with) (a |an |some |the )?(real |actual |live )?"
         r"(person|human|someone|somebody|people|man|woman|lady|agent|operator|staff|adviser|advisor|nurse)|"
         r"real (person|human|people)|(a|an) (human|person) please|human being|live (agent|person)|"
         r"^((i )?(just )?(want|need|would like|wanna) )(a |an )?(human|person)( please| now| thanks| thank you)*$|"
         r"(is there|can i have|i need|i want) (someone|somebody|a person) (i can|to) (talk|speak)|"
         r"(talk|speak) (to|with) (a |the )?(member of staff|doctor|gp|social worker)|(call|phone|ring) (someone|somebody)|"
         r"is (this|there) a (real )?(person|human)|are you (a )?(real|human|robot|bot|computer|person)|"
         r"can i (call|phone|ring) (someone|somebody|you)|operator|agent please|not a (bot|robot|computer)|"
         # "talk this through with a person", "someone i can actually talk to", "a number i can ring", "phone me instead"
         r"(talk|speak|chat|go) (this |it |that |things |everything )?(through |over )(with|to) (a |an |some |the )?"
         r"(real |actual |live )?(person|human|someone|somebody|member of staff|adviser|advisor)|"
         r"(someone|somebody|a person|a human|anyone|anybody|a real person)( real)? (i|we) (can|could) (actually |just |really )?"
         r"(talk|speak|chat) (to|with)|(a |your |the )?(phone |telephone |contact )?number (i|we) (can|could) (ring|call|phone)|"
         r"(can|could|will|would) (someone|somebody|a person|you|a real person|one of your staff) (please )?(phone|call|ring) (me|us)|"
         r"(phone|call|ring) me (back|instead)|get me (a |an )?(real |actual )?(human|person|adviser|advisor)|get me (someone|somebody) (real|to talk to)|"
         r"(talk|speak|chat) (to|with) (one of )?(you|your|the) (team|staff|people|office|helpline|advisers?|advisors?)|(a |have a |get a )call ?back|put me through|transfer me|(a |an )?(actual|real|proper) (human|person|people)|"
         r"(human|person) not a (computer|machine|bot|robot)|member of (your |the )?staff|not (a|this) (computer|machine)|(a |the |real |actual )?person (please|phone|on the phone)|(i )?want (to )?(talk|speak) (to |with )?(a |the )?person|(why|how come) ((can not|cannot) (i|we)|(i|we) (can not|cannot)) (talk|speak) (to|with) (a |an )?(real |actual )?(person|human|someone)|"
         r"(talk|speak|chat) (to|with) (someone|somebody|a person) real|"
         r"(a )?(phone |telephone )?call (back )?(from|with) (a |an )?(real |actual )?(person|human|someone|somebody|member of staff)|(a|an) (real|actual|proper) (body|human being|live person))\b")
HELP = (r"help me (choose|pick|decide)|(slow|slower|slowly)( down)?|(go |more )?(slower|slowly)|"
        r"(please )?(can you |could you )?(please )?(clarify|explain)( (that|this|it|what you (mean|want|need|require)|"
        r"what (response|answer|reply)( format)? you (want|need|require|expect)))?|what do you (want|need) (me to (say|do|write|put|tell you)|to know)|"
        # "not sure what you want from me", "what else do you need from me", "can you help me with this bit"
        r"(i am )?(not sure|unsure) what (else |more )?(you want|you mean|you are asking|you need|to (say|do|put|write|type))"
        r"( from me)?|(i am )?(not sure|unsure|do not know) what (i am|we are) (supposed|meant|expected) to (do|say|write|put|type)"
        r"( here| now| next)?|"
        r"what (else )?do you (want|need)( from me| to know| me to (say|tell you|write|do))?|"
        # "what kind of things should i put", "what sort of stuff do you need to know"
        r"what (sort|sorts|kind|kinds|type|types) of (thing|things|stuff|information|info|detail|details) "
        r"(do you|should i|shall i|do i|would you|are you|to)\b.*|"
        r"(can|could|will|would) (you|someone|somebody) (please )?help( me)?( with (this|that|it))?( bit| part| question| one)?"
        r"( (to )?(fill|do|answer|complete|finish|write) (this|it)( in| out)?)?|"
        r"i do not know what (to|i should|i am supposed to|i am meant to) (tell you|say|write|put)|"
        r"how do i (get help|use this|do this|start|carry on|answer|reply|get started)( with (this|it))?|(i am )?stuck|"
        r"(which|what) (one |service )?(would|do|should) you (recommend|suggest|advise|pick|choose)|"
        r"(whichever|whatever) (you (think|recommend|suggest)( is (best|right))?|is (best|right))|you (choose|pick|decide)( for me)?|"
        r"i do not know what (you want|you mean|this means|that means|to do)|what does (this|that|it) mean|"
        r"i do not (understand|get|know) what (you are|you) (asking|saying|mean|want)( me)?( to (do|say))?|"
        r"(i )?(do not|have no idea) (know )?what (any of )?(these|those|they|them|this|the options) (are|is|mean|do)|"
        r"what (am i|are we) (meant|supposed) to (do|say|put|write)( to (that|this|it))?|"
        r"what (sort|kind|sorts|kinds) of (things|stuff|information|info|details)( do you| should i)?( want| need)?"
        r"( me)?( to)?( know| say| tell you| write| put)?|"
        r"what (are|were) (my|the) (choices|options)|(i am )?not sure what you (mean|are asking|want)( me to (say|do))?|"
        r"what (do|should|shall|can) i (write|type|put|say|tell you|pick|choose|go for)|"
        r"which (one )?should i (pick|choose|go for|have)|(can|could) you (please )?(say|repeat|explain) (that|it)( again)?|"
        r"i do not (understand|get)( (the|that|this|your) (question|bit|part|word|words|message))?|"
        r"i do not know what to (choose|pick|say)|"
        # "what do i press", "what else should i tell you", "what must i write", "what further information would help"
        r"what (do|should|shall|must|can) (i|we) (press|click|tap|type|do here|put here)|"
        r"what (else|more) (should|shall|must|can|do) (i|we) (tell you|say|write|put|add|type)|"
        r"what (must|should|shall|do) (i|we) (write|say|put|type|tell you)|"
        r"what (else|further|more|other) (information|info|details|things)( (would|could|might) (be|help)( (useful|helpful))?"
        r"( to you)?| do you (want|need))?|"
        r"(i am )?not (entirely |quite |really |totally )?(sure|clear) what you (would like|want|need|mean|are asking)"
        r"( me)?( to (do|say|write|put))?( here| now)?|"
        r"help|help me|help please|please help|i need help|what do i do|what do i do now|what now|"
        r"what|what\?|\?|huh|eh|pardon|sorry|sorry what|what do you mean( by (that|it|this))?|what does that mean|"
        r"i do not understand|do not understand|i do not get it|do not get it|not sure what (you mean|to do)|"
        r"confused|i am confused|i am lost|lost|how does this work|how do i do this|what is this|"
        r"say (that|it) again|come again|what was the question|repeat( that| the question)?|"
        r"i do not know what to (say|do|put|write)|explain|what should i (say|do|put|write)|options|"
        r"what are the (choices|options)|which (one|service) should i (pick|choose|have)|i do not know which( one)?|which is best|"
        r"what does (each|every) (one|option) (do|mean)|what do (they|these|those) (do|mean)|what do i (need|have) to do|what am i (meant|supposed) to (do|say)|what are my options|what can i (say|do)|what can i do here|what do i say|instructions|info|information|menu")
SKIP = (r"skip|skip (it|this|that|this one|that one|this question|please)|pass|next|next question|"
        r"(i )?do not know( it| that| this| the number| their number)?|"
        r"(i )?do not know (his|her|my|the|their) (number|phone number|birthday|date of birth|address|postcode)|"
        r"(i|he|she|they|we) (has|have) no (phone|mobile|number|landline|phone number)|i am not sure|not sure|no idea|i have no idea|rather not say|i would rather not say|"
        r"prefer not to say|i prefer not to say|i would prefer not to say|leave it|leave it blank|"
        r"leave that|leave (it|that) for (them|the service)|let them ask|they can ask|not known|"
        r"cannot remember|i cannot remember|do not remember|i do not remember|"
        r"do not have one|i do not have one|we do not know|"
        r"(i|he|she|they|we) (do not|does not|has not|have not) (have|got)( got)?( a| one| any)?"
        r"( (phone|mobile|number|landline|phone number|email|address))?|"
        r"no (phone|mobile|number|landline)( number)?|n a|none|not applicable|"
        r"not sure (of|about) (it|that)|(i )?cannot remember (it|that)|"
        r"(i )?would rather not (give|say|share) (it|that)|pass on (that|this)( one| question)?|"
        r"(i )?do not (wish|want) to (give|say|share)( it| that| this| a| an| my| the| their| his| her)?"
        r"( (phone|mobile|telephone|number|phone number|telephone number|date of birth|birthday|address))?|"
        r"(i )?(do not|have not|havent) (have|got)( got)? (a|one|any)( (phone|mobile|number|landline|telephone))?|"
        # "i dont know if she does", "you would have to ask him"
        r"(i )?(do not know|am not sure|have no idea|not sure)( if| whether) (he|she|they|i|we|it) (does|do|is|are|has|have|did|was|can)( or not)?|"
        r"(you|they) (would|will|might)? ?(have|need) to ask (him|her|them|the \w+|my \w+)|ask (him|her|them)")


def _whole(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"^(?:{pattern}){_TAIL}$")


_YES_WHOLE = _whole(rf"({YES})((\s+{POLITE})*\s+(yes|{YES}))*")
NO_WHOLE = _whole(rf"({NO})(\s+(no|{NO}))*")
DONE_WHOLE = _whole(rf"((no|ok|yes|right|well|um|so|and|i think|think|i reckon|reckon|i guess|i suppose|i believe)\s+)*"
                    rf"({DONE})(\s+({DONE}))*"
                    r"(\s+(what|so what|now what|what now) ?(happens )?(now|next)?|\s+what do i do now|\s+what is next)?")
_STOP_WHOLE = _whole(rf"({STOP})((\s+{POLITE})*\s+({STOP}))*")
_HELP_WHOLE = _whole(rf"((sorry|um|erm|but|so|ok|i am sorry|eh|huh|what|pardon|hmm|oh)\s+(\?\s+)?)*({HELP})(\s*\?)*"
                     rf"((\s+(here|now|next|in here|there|to (that|this|it)|sorry|\?))*(\s+({HELP}))?)*")
_SKIP_WHOLE = _whole(rf"((sorry|um|erm|no|oh|i am afraid)\s+)*({SKIP})((\s+({POLITE}|sorry))*\s+({SKIP}))*"
                     r"(\s+(sorry|i am afraid|i am sorry))*")
DOUBT = re.compile(r"\b(but|except|apart from|not|no|wrong|unless|maybe|however|change|remove|add|"
                    r"only|without|leave out|although|though)\b|\?")
_QUESTION_START = re.compile(r"^((wait|so|and|but|ok|oh|um|erm|hmm|sorry|hang on|hold on|just|well|right|hi|hello)\s+)*"
                             r"(what|who|why|how|when|where|which|will|would|can|could|do|does|did|is|are|"
                             r"should|shall|may|whats|whos|wot)\b(?! not\b)")


def plain_yes(p: str) -> bool:
    """Plain text (see `plain`) made only of the words of yes: "yes thats right thanks"."""
    return bool(_YES_WHOLE.match(bare(p)))


def no_then(p: str) -> str | None:
    """The words after a leading no ("no shes 84" -> "she is 84"), or None if it does not start with no."""
    match = re.match(r"^(no|not quite|not right|that is (wrong|not right)|wrong|incorrect)\b[\s,]*(.*)$", bare(p))
    return match.group(3).strip() if match else None


# Ways of saying yes that hold a word of doubt ("no", "not", "wrong", "change"): taken out before
# looking for doubt, so "no problem" and "nothing wrong" stay a yes.
_YES_DESPITE = re.compile(r"\b(no (worries|problem|bother)( at all)?|not a problem|nothing (wrong|to change|to add|else to add)|"
                          r"no changes?( needed)?|not bad)\b")
# To "Is this right?" only, a no that says nothing is wrong: "no thats fine", "nope all good".
NOTHING_WRONG = re.compile(r"^(no|nope|nah)( (that is|it is|this is|it all|that all|all|everything|all of it|it)( is)?)?"
                           r"( all)? (fine|good|correct|right|ok|alright|accurate|spot on|perfect|grand)"
                           rf"{_TAIL}$|^(no|nope|nah)? ?(no changes?( needed)?|nothing to change|nothing wrong)"
                           rf"( (here|there|with it))?{_TAIL}$")


def is_yes(text: str) -> bool:
    """A plainly worded yes: a decision (confirming, sharing) needs this or a Yes button."""
    p = plain(text)
    return plain_yes(p) and not DOUBT.search(_YES_DESPITE.sub("", p))


def is_nothing_wrong(text: str) -> bool:
    """A yes to "Is this right?": plainly worded, or a no to anything being wrong ("no thats fine")."""
    return is_yes(text) or bool(NOTHING_WRONG.match(bare(plain(text))))


def is_no(text: str) -> bool:
    return bool(NO_WHOLE.match(bare(plain(text))))


def is_done(text: str) -> bool:
    """"that's all", "nothing else thanks", "i think thats everything": the story is told."""
    p = bare(plain(text))
    # "i think that is all i have to say for now thank you": the thanks and "for now" are not more story
    counted = re.sub(r"\b(thank you( very much)?|thanks|cheers|ta|for now|for today)\b", " ", p)
    return bool(DONE_WHOLE.match(p)) and len(counted.split()) <= 10


def is_stop(text: str) -> bool:
    return bool(_STOP_WHOLE.match(bare(plain(text))))


def is_later(text: str) -> bool:
    p = plain(text)
    if re.search(r"\bchange (my|our|your) minds?\b", p):  # "can i change my mind later?" is a question
        return False
    if re.match(r"^(how|what|why|when|where|who|which)\b", p):  # "how do i change it later?": a question about later
        return False
    if re.match(r"^(can|could|will|would) (i|we|you|they) (be able to )?(take|stop(?! (there|here|now|for (now|today)))|"
                r"change|withdraw|cancel|undo|remove|delete|see|get|add)\b", p):  # "can i take it back later?": about later, not leaving now
        return False
    return bool(re.search(LATER, p)) and len(p.split()) <= 25 and not _is_story_like(p)


def is_restart(text: str) -> bool:
    p = plain(text)
    return bool(re.search(RESTART, p)) and len(p.split()) <= 15


def is_human(text: str) -> bool:
    p = plain(text)
    return bool(re.search(HUMAN, p)) and len(p.split()) <= 20


def is_help(text: str) -> bool:
    stripped = (text or "").strip()
    if stripped and set(stripped) <= set("?!. "):
        return "?" in stripped
    return bool(_HELP_WHOLE.match(bare(plain(text))))


def is_skip(text: str) -> bool:
    return bool(_SKIP_WHOLE.match(bare(plain(text))))


def is_question(text: str) -> bool:
    """A question back to us ("what will they do with it?"), not an answer."""
    p = plain(text)
    return ("?" in (text or "") and len(p.split()) >= 2) or bool(_QUESTION_START.match(p) and len(p.split()) >= 3)


def _is_story_like(p: str) -> bool:
    """A long message that mentions going later is story ("I have to go to hospital later")."""
    return len(p.split()) > 12 and not re.search(r"\b(finish|continue|carry on|come back|save)\b", p)


def general(text: str, skip: bool = False) -> Meaning | None:
    """The meanings any question can get: a real person, later, start again, stop, help, skip."""
    if is_human(text):
        return Meaning("human")
    if is_restart(text):
        return Meaning("restart")
    if is_later(text) and not is_no(text):
        return Meaning("later")
    if is_stop(text):
        return Meaning("stop")
    if is_help(text):
        return Meaning("help")
    if skip and is_skip(text):
        return Meaning("skip")
    return None


def otherwise(text: str) -> Meaning:
    """What a reply means when it answers none of a question's choices: help, stop, later and the
    like; else a question of their own; else not understood."""
    found = general(text)
    if found:
        return found
    if re.fullmatch(r"((i am |i am just |um |erm )?not sure|(i )?do not know|no idea|dunno|(i )?cannot decide)"
                    r"( (which|what)( one| service| ones| services)?( is| would be| to (pick|choose|go for|have))?"
                    r"( (best|right|the best|better|most useful|for the best))?( for (me|him|her|them|us|mum|dad))?)?"
                    r"( really| sorry| to be honest)*", bare(plain(text))):
        return Meaning("help")  # unsure which: the choices again, explained
    return Meaning("question") if is_question(text) else Meaning("invalid")


# Words about someone else: "she goes to the day centre later" is story, not a wish to stop for now.
ABOUT_SOMEONE = re.compile(r"\b(he|she|they|his|her|their|him|them|my (mum|dad|husband|wife|son|daughter|carer))\b")


# --- with the button pressed, if any ----------------------------------------------------------

def is_done_phrase(text: str, intent: str | None = None) -> bool:
    """Has the person said they have finished telling their story (in words, or the button)?"""
    if intent == "finish_story" and text.startswith("/"):
        return True  # a button press
    return is_done(text)


def is_clear_yes(text: str, intent: str | None = None) -> bool:
    """A decision (confirming, sharing) needs a Yes button or plainly worded agreement.

    The NLU model's guess alone is not enough: it once read an emoji as "yes"."""
    if text.startswith("/"):
        return intent == "affirm"
    return is_yes(text) and len(text.split()) <= 10


# --- a choice by its number in a list --------------------------------------------------------------

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8}
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}


def numbers_said(p: str, count: int) -> list[int]:
    """The numbers of a list of `count` a short plain reply names: "2", "1 and 3", "the second one",
    "number two", "the last one"; none in a longer message (a number there is part of a sentence)."""
    if len(p.split()) > 6:
        return []
    some = re.search(r"\b(the )?(first|top|last) (two|three|four|2|3|4)( ones?| of them)?\b", p)  # "the first two"
    if some:
        many = _NUMBER_WORDS.get(some.group(3)) or int(some.group(3))
        return list(range(1, min(many, count) + 1)) if some.group(2) != "last" else \
            list(range(max(count - many + 1, 1), count + 1))
    said = [int(n) for n in re.findall(r"\b(\d{1,2})\b", p)]
    for word, number in _ORDINALS.items():
        if re.search(rf"\b{word}\b", p):
            said.append(number)
    if re.search(r"\b(the )?last( one)?\b", p):
        said.append(count)
    for word, number in _NUMBER_WORDS.items():
        if re.fullmatch(rf"(the |number |option )?{word}( please| thanks)?", p):
            said.append(number)
    several = r"(the |number |numbers |options? )?(\w+)((,| and| &| plus)+ (the |number )?(\w+))+( please| thanks)*"
    if re.fullmatch(several, p):  # "one and two please", "numbers three and five"
        said += [_NUMBER_WORDS[w] for w in re.findall(r"\w+", p) if w in _NUMBER_WORDS]
    return [n for n in dict.fromkeys(said) if 1 <= n <= count]
