/**
 * The most common passwords of public breach corpora (NCSC/Have I Been Pwned top lists, SplashData
 * yearly lists, the CSDN/Tianya/12306 leaks common in China), lower-cased. Most are shorter than the
 * 12-character minimum and fail that rule anyway; they are kept so the list also screens passwords
 * that merely pad a common one, and the long ones (12+) are what this list exists to catch.
 * Whitespace-separated to keep the data file compact.
 */
const COMMON_PASSWORDS_TEXT = `
123456 password 12345678 qwerty 123456789 12345 1234 111111 1234567 dragon 123123 baseball abc123
football monkey letmein 696969 shadow master 666666 qwertyuiop 123321 mustang 1234567890 michael
654321 superman 1qaz2wsx 7777777 121212 000000 qazwsx 123qwe killer trustno1 jordan jennifer
zxcvbnm asdfgh hunter buster soccer harley batman andrew tigger sunshine iloveyou 2000 charlie
robert thomas hockey ranger daniel starwars klaster 112233 george computer michelle jessica pepper
1111 zxcvbn 555555 11111111 131313 freedom 777777 pass maggie 159753 aaaaaa ginger princess joshua
cheese amanda summer love ashley nicole chelsea biteme matthew access yankees 987654321 dallas
austin thunder taylor matrix minecraft william corvette hello martin heather secret merlin diamond
1234qwer gfhjkm hammer silver 222222 88888888 anthony justin test bailey q1w2e3r4t5 patrick
internet scooter orange 11111 golfer cookie richard samantha bigdog guitar jackson whatever
mickey chicken sparky snoopy maverick phoenix camaro peanut morgan welcome falcon cowboy ferrari
samsung andrea smokey steelers joseph mercedes dakota arsenal eagles melissa boomer booboo spider
nascar monster tigers yellow xxxxxx 123123123 gateway marina diablo bulldog qwer1234 compaq purple
hardcore banana junior hannah 123654 porsche lakers iceman money cowboys 987654 london tennis
999999 ncc1701 coffee scooby 0000 miller boston q1w2e3r4 brandon yamaha chester mother forever
johnny edward 333333 oliver redsox player nikita knight fender barney midnight please brandy
chicago badboy slayer rangers charles angel flower bigdaddy rabbit wizard jasper enter rachel
chris steven winner adidas victoria natasha 1q2w3e4r jasmine winter prince marine ghbdtn
fishing cocacola casper james 232323 raiders 888888 marlboro gandalf asdfasdf crystal 87654321
12344321 golf 8675309 qwerty123 1qaz2wsx3edc password1 password12 password123 admin admin123
administrator root toor changeme default guest qwe123 abc12345 a123456 a12345678 aa123456
abcd1234 1q2w3e 1q2w3e4r5t 1qazxsw2 zaq12wsx zaq1zaq1 asdf1234 asdfghjkl qazwsxedc 5201314
woaini woaini1314 woaini520 iloveyou1 qq123456 qq5201314 123456a 123456abc 147258369 159357
147258 123abc 112233445566 111222 aini1314 1314520 520520 520131400 wang123456
li123456 zhang123456 liu123456 chen123456 huang123456 admin888 admin1234 test123 test1234
dearbook 7758521 7758258 z123456 zxc123456 qweasdzxc qweasd 123qweasd 123qweasdzxc
passw0rd p@ssw0rd p@ssword pa55word letmein123 welcome1 welcome123 monkey123 dragon123
sunshine1 princess1 football1 baseball1 master123 shadow123 superman123 batman123 iloveyou123
password1234 password12345 password123456 passwordpassword qwertyuiop123 qwertyuiop1234
qwertyuiopasdf qwertyuiop12 qwertyqwerty qwerty123456 qwerty1234567 qwertyuiopasdfghjkl
123456789012 1234567890123 12345678901234 123456123456 123123123123 111111111111 000000000000
123456654321 123456789123 123456789abc 1234567890qwerty 1234567890abc 1234567890q 12345678910
12345678900 1234567891011 098765432112 098765432109 987654321098 999999999999 888888888888
666666666666 112233112233 121212121212 123412341234 147258369147 159753159753 789456123789
147852369147 741852963741 1qaz2wsx3edc4rfv 1q2w3e4r5t6y 1q2w3e4r5t6y7u 1q2w3e4r5t6y7u8i
q1w2e3r4t5y6 q1w2e3r4t5y6u7 zaq12wsxcde3 zaq1xsw2cde3 qazwsxedcrfv qazwsxedc123
qweasdzxc123 asdfghjkl123 asdfghjkl1234 zxcvbnm123456 zxcvbnmasdfghjkl abcdefghijkl
abcdefghijklmn abc123456789 abcdef123456 abcd12345678 aaaaaaaaaaaa a1b2c3d4e5f6
iloveyou1234 iloveyouforever iloveyou12345 letmein12345 welcome12345 welcome123456
administrator1 administrator123 changeme1234 changemeplease trustno1trustno1 football1234
baseball1234 superman1234 starwars1234 sunshine1234 princess1234 monkey123456 dragon123456
master123456 michael12345 charlie12345 jennifer1234 computer1234 internet1234 whatever1234
woaini131452 woaini1314520 5201314520 52013145201314 13145201314520 aini13145201314
qq1234567890 wang1234567890 zhang1234567890 a123456789012 aa1234567890 abc1234567890
password2023 password2024 password2025 password2026 welcome2024 welcome2025 summer2024
winter2024 spring2025 autumn2025 greenshore123 greenshore2026 correcthorsebatterystaple
`;

export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(COMMON_PASSWORDS_TEXT.trim().split(/\s+/));
