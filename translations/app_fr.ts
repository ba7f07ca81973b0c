<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
    <context>
        <name>ExecutionError</name>
        <message>
            <source>%1 could not be reached on port %2.</source>
            <translation>Impossible de joindre %1 sur le port %2.</translation>
        </message>
        <message>
            <source>Check the host name and that the machine is on. WinRM listens on 5985 (HTTP) or 5986 (HTTPS): run “winrm quickconfig” on the machine, and allow the port in its firewall.</source>
            <translation>Vérifiez le nom d’hôte et que la machine est allumée. WinRM écoute sur le port 5985 (HTTP) ou 5986 (HTTPS) : exécutez « winrm quickconfig » sur la machine et autorisez ce port dans son pare-feu.</translation>
        </message>
        <message>
            <source>%1 refused the connection on port %2.</source>
            <translation>%1 a refusé la connexion sur le port %2.</translation>
        </message>
        <message>
            <source>The machine is up but no WinRM listener answers on that port. Run “winrm quickconfig” (HTTP) or create an HTTPS listener, or pick the other protocol.</source>
            <translation>La machine répond, mais aucun écouteur WinRM n’est actif sur ce port. Exécutez « winrm quickconfig » (HTTP) ou créez un écouteur HTTPS, ou choisissez l’autre protocole.</translation>
        </message>
        <message>
            <source>%1 did not answer within %2 seconds.</source>
            <translation>%1 n’a pas répondu dans le délai de %2 secondes.</translation>
        </message>
        <message>
            <source>The machine or the network is too slow or overloaded. Try again, or raise the time-out under Advanced.</source>
            <translation>La machine ou le réseau est trop lent ou surchargé. Réessayez ou augmentez le délai d’attente dans « Options avancées ».</translation>
        </message>
        <message>
            <source>%1 rejected the user name or password.</source>
            <translation>%1 a refusé le nom d’utilisateur ou le mot de passe.</translation>
        </message>
        <message>
            <source>Check the password. Basic authentication works only with local accounts; use NTLM or Kerberos for a domain account. A local administrator other than the built-in Administrator needs LocalAccountTokenFilterPolicy=1 (UAC remote restrictions).</source>
            <translation>Vérifiez le mot de passe. L’authentification Basic ne fonctionne qu’avec des comptes locaux ; utilisez NTLM ou Kerberos pour un compte de domaine. Un administrateur local autre que le compte Administrateur intégré a besoin de LocalAccountTokenFilterPolicy=1 (restrictions distantes de l’UAC).</translation>
        </message>
        <message>
            <source>The certificate of %1 could not be verified.</source>
            <translation>Le certificat de %1 n’a pas pu être vérifié.</translation>
        </message>
        <message>
            <source>Give the CA file that issued the machine's WinRM certificate, or check that the name you typed matches the certificate. Turning validation off is possible but exposes the password to whoever sits in between.</source>
            <translation>Indiquez le fichier de l’autorité de certification qui a émis le certificat WinRM de la machine, ou vérifiez que le nom saisi correspond au certificat. Désactiver la validation est possible, mais expose le mot de passe à quiconque s’interpose sur le réseau.</translation>
        </message>
        <message>
            <source>WinRM on %1 reported a fault: %2</source>
            <translation>WinRM sur %1 a signalé une erreur : %2</translation>
        </message>
        <message>
            <source>Read the fault code and reason. Quotas (MaxShellsPerUser), a policy refusing unencrypted traffic or an account that may not log on remotely are the usual causes.</source>
            <translation>Lisez le code et le motif de l’erreur. Les causes habituelles sont les quotas (MaxShellsPerUser), une stratégie qui refuse le trafic non chiffré ou un compte qui n’a pas le droit de se connecter à distance.</translation>
        </message>
        <message>
            <source>The operation failed on %1 with error %2.</source>
            <translation>L’opération a échoué sur %1 avec l’erreur %2.</translation>
        </message>
        <message>
            <source>See the explanation of the error code below.</source>
            <translation>Voir l’explication du code d’erreur ci-dessous.</translation>
        </message>
        <message>
            <source>%1 sent an answer that could not be understood.</source>
            <translation>%1 a envoyé une réponse incompréhensible.</translation>
        </message>
        <message>
            <source>The answer was cut off or garbled. Try again; if it persists, check that Windows PowerShell 3.0 or later is installed on the machine.</source>
            <translation>La réponse était tronquée ou altérée. Réessayez ; si le problème persiste, vérifiez que Windows PowerShell 3.0 ou une version ultérieure est installé sur la machine.</translation>
        </message>
        <message>
            <source>This cannot be done on %1: %2</source>
            <translation>Impossible sur %1 : %2</translation>
        </message>
        <message>
            <source>Run the wizard on a machine where this transport exists.</source>
            <translation>Exécutez l’assistant sur une machine qui prend en charge ce mode de connexion.</translation>
        </message>
    </context>
    <context>
        <name>KeysCommand</name>
        <message>
            <source>Well-formed product key: %1</source>
            <translation>Clé de produit bien formée : %1</translation>
        </message>
        <message>
            <source>This is the public KMS client setup key (GVLK) of %1. Install it on clients, not as a KMS host key.</source>
            <translation>Il s’agit de la clé d’installation client KMS publique (GVLK) de %1. Installez-la sur les clients, pas comme clé d’hôte KMS.</translation>
        </message>
        <message>
            <source>Not a known KMS client setup key (it may be a host key, a MAK or a retail key).</source>
            <translation>Ce n’est pas une clé d’installation client KMS connue (il peut s’agir d’une clé d’hôte KMS, d’une clé MAK ou d’une clé commerciale).</translation>
        </message>
        <message>
            <source>Key format: Windows 8 / Office 2013 and later.</source>
            <translation>Format de clé : Windows 8 / Office 2013 et versions ultérieures.</translation>
        </message>
        <message>
            <source>Key format: Windows 7 / Office 2010 and earlier.</source>
            <translation>Format de clé : Windows 7 / Office 2010 et versions antérieures.</translation>
        </message>
        <message>
            <source>Not a valid product key: %1</source>
            <translation>Clé de produit non valide : %1</translation>
        </message>
    </context>
    <context>
        <name>ProductKey</name>
        <message>
            <source>No product key was entered.</source>
            <translation>Aucune clé de produit n’a été saisie.</translation>
        </message>
        <message>
            <source>A product key has 25 characters (five groups of five); this one has %1.</source>
            <translation>Une clé de produit comporte 25 caractères (cinq groupes de cinq) ; celle-ci en a %1.</translation>
        </message>
        <message>
            <source>A product key cannot contain %1. Product keys use only the letters B C D F G H J K M N P Q R T V W X Y and the digits 2 3 4 6 7 8 9 (no 0, 1, 5, A, E, I, L, O, S, U or Z).</source>
            <translation>Une clé de produit ne peut pas contenir %1. Les clés de produit n’utilisent que les lettres B C D F G H J K M N P Q R T V W X Y et les chiffres 2 3 4 6 7 8 9 (jamais 0, 1, 5, A, E, I, L, O, S, U ni Z).</translation>
        </message>
        <message>
            <source>A product key is five groups of five characters separated by dashes; a character seems to be in the wrong group.</source>
            <translation>Une clé de produit se compose de cinq groupes de cinq caractères séparés par des tirets ; un caractère semble se trouver dans le mauvais groupe.</translation>
        </message>
        <message>
            <source>A product key contains at most one letter N; this one has %1.</source>
            <translation>Une clé de produit contient au plus une lettre N ; celle-ci en contient %1.</translation>
        </message>
    </context>
    <context>
        <name>Selftest</name>
        <message>
            <source>OK      %1: %2</source>
            <translation>OK      %1 : %2</translation>
        </message>
        <message>
            <source>FAILED  %1: %2</source>
            <translation>ÉCHEC   %1 : %2</translation>
        </message>
        <message>
            <source>All checks passed.</source>
            <translation>Toutes les vérifications ont réussi.</translation>
        </message>
        <message>
            <source>%1 editions, %2 GVLKs, %3 key groups</source>
            <translation>%1 éditions, %2 GVLK, %3 groupes de clés</translation>
        </message>
        <message>
            <source>%1 operation scripts, longest command %2 characters</source>
            <translation>%1 scripts d’opération, commande la plus longue : %2 caractères</translation>
        </message>
        <message>
            <source>French and German catalogs load</source>
            <translation>Les catalogues français et allemand se chargent</translation>
        </message>
        <message>
            <source>Problems: %1</source>
            <translation>Problèmes : %1</translation>
        </message>
        <message>
            <source>Product catalog</source>
            <translation>Catalogue des produits</translation>
        </message>
        <message>
            <source>PowerShell operations</source>
            <translation>Opérations PowerShell</translation>
        </message>
        <message>
            <source>Translations</source>
            <translation>Traductions</translation>
        </message>
        <message>
            <source>Some checks failed.</source>
            <translation>Certaines vérifications ont échoué.</translation>
        </message>
    </context>
</TS>
