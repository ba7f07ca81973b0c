<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About KMS Host Wizard</source>
        <translation>À propos de l’assistant d’hôte KMS</translation>
    </message>
    <message>
        <source>KMS Host Wizard</source>
        <translation>Assistant d’hôte KMS</translation>
    </message>
    <message>
        <source>Version %1 · licence %2</source>
        <translation>Version %1 · licence %2</translation>
    </message>
    <message>
        <source>Sets up a KMS host for Windows and Office volume activation step by step, checks its DNS SRV record, and scans and converts clients between MAK and KMS. Works on this computer, on a remote host over WinRM, or in a simulated lab for training.</source>
        <translation>Configure pas à pas un hôte KMS pour l’activation en volume de Windows et d’Office, vérifie son enregistrement SRV dans le DNS, puis analyse les clients et les convertit entre MAK et KMS. Fonctionne sur cet ordinateur, sur un hôte distant par WinRM ou dans un laboratoire simulé pour la formation.</translation>
    </message>
    <message>
        <source>It is built with these components, each under its own licence:</source>
        <translation>Il est construit avec ces composants, chacun sous sa propre licence&#xa0;:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>see the package</source>
        <translation>voir le paquet</translation>
    </message>
</context>
<context>
    <name>ActivationPage</name>
    <message>
        <source>host key</source>
        <translation>clé d’hôte</translation>
    </message>
    <message>
        <source>Activate the KMS host key %1 on %2 online now?</source>
        <translation>Activer maintenant en ligne la clé d’hôte KMS %1 sur %2&#x202f;?</translation>
    </message>
    <message>
        <source>The host contacts Microsoft&apos;s activation servers. Each activation counts against the key&apos;s 10 activations per host.</source>
        <translation>L’hôte contacte les serveurs d’activation de Microsoft. Chaque activation est décomptée des 10 activations par hôte que permet la clé.</translation>
    </message>
    <message>
        <source>Activating %1 online…</source>
        <translation>Activation en ligne de %1…</translation>
    </message>
    <message>
        <source>The host key is activated.</source>
        <translation>La clé d’hôte est activée.</translation>
    </message>
    <message>
        <source>The host key is not activated.</source>
        <translation>La clé d’hôte n’est pas activée.</translation>
    </message>
    <message>
        <source>A KMS host serves clients only once its own key is activated.</source>
        <translation>Un hôte KMS ne sert les clients qu’une fois sa propre clé activée.</translation>
    </message>
    <message>
        <source>Activate online when the host can reach the internet (directly or through a proxy). Otherwise activate by phone: the next page shows the Installation ID to read out and takes the Confirmation ID you are given.</source>
        <translation>Activez en ligne si l’hôte accède à Internet (directement ou par un proxy). Sinon, activez par téléphone&#xa0;: la page suivante affiche l’ID d’installation à dicter et reçoit l’ID de confirmation que l’on vous donne.</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>By phone (the host has no internet access)</source>
        <translation>Par téléphone (l’hôte n’a pas accès à Internet)</translation>
    </message>
    <message>
        <source>Activate online…</source>
        <translation>Activer en ligne…</translation>
    </message>
    <message>
        <source>Choose “By phone”, then Next, when online activation fails.</source>
        <translation>Si l’activation en ligne échoue, choisissez «&#x202f;Par téléphone&#x202f;», puis Suivant.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>Adba</name>
    <message>
        <source>The forest can hold activation objects: schema version %1 (%2), with the Activation Objects container.</source>
        <translation>La forêt peut contenir des objets d’activation&#xa0;: schéma version %1 (%2), avec le conteneur Activation Objects.</translation>
    </message>
    <message>
        <source>The forest&apos;s schema (version %1, %2) is older than Windows Server 2012: it has no activation objects. Extend it with adprep /forestprep from Windows Server 2012 or later, or keep a KMS host.</source>
        <translation>Le schéma de la forêt (version %1, %2) est antérieur à Windows Server 2012&#xa0;: il ne connaît pas les objets d’activation. Étendez-le avec adprep /forestprep de Windows Server 2012 ou plus récent, ou gardez un hôte KMS.</translation>
    </message>
    <message>
        <source>The schema knows activation objects (version %1, %2), but the forest has no Activation Objects container under CN=Microsoft SPP,CN=Services. Run adprep /forestprep from Windows Server 2012 or later (it creates the container).</source>
        <translation>Le schéma connaît les objets d’activation (version %1, %2), mais la forêt n’a pas de conteneur Activation Objects sous CN=Microsoft SPP,CN=Services. Exécutez adprep /forestprep de Windows Server 2012 ou plus récent (il crée le conteneur).</translation>
    </message>
    <message>
        <source>Activation via Active Directory is not supported in this forest&apos;s schema: there is no Activation Objects container (%1).</source>
        <translation>L’activation via Active Directory n’est pas prise en charge par le schéma de cette forêt&#xa0;: il n’y a pas de conteneur Activation Objects (%1).</translation>
    </message>
    <message>
        <source>There is no activation object %1.</source>
        <translation>Il n’existe pas d’objet d’activation %1.</translation>
    </message>
    <message>
        <source>%1 is not an activation object; nothing was deleted.</source>
        <translation>%1 n’est pas un objet d’activation&#x202f;; rien n’a été supprimé.</translation>
    </message>
    <message>
        <source>The account may not change activation objects (%1). Use a member of Enterprise Admins: the activation objects belong to the whole forest.</source>
        <translation>Le compte ne peut pas modifier les objets d’activation (%1). Utilisez un membre des Administrateurs de l’entreprise&#xa0;: les objets d’activation appartiennent à toute la forêt.</translation>
    </message>
    <message>
        <source>The directory accepted the deletion but %1 is still there.</source>
        <translation>L’annuaire a accepté la suppression, mais %1 est toujours là.</translation>
    </message>
    <message>
        <source>“%1” is not an activation object of this forest: give its name, or a distinguished name directly under %2.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas un objet d’activation de cette forêt&#xa0;: indiquez son nom, ou un nom distinctif placé directement sous %2.</translation>
    </message>
    <message>
        <source>Give the activation object a name.</source>
        <translation>Donnez un nom à l’objet d’activation.</translation>
    </message>
    <message>
        <source>The activation object&apos;s name must be at most %1 characters.</source>
        <translation>Le nom de l’objet d’activation doit compter au plus %1 caractères.</translation>
    </message>
    <message>
        <source>The activation object&apos;s name cannot hold control characters.</source>
        <translation>Le nom de l’objet d’activation ne peut pas contenir de caractères de contrôle.</translation>
    </message>
    <message>
        <source>%1 is older than Windows 8 / Windows Server 2012: it only activates through a KMS host (or a MAK).</source>
        <translation>%1 est antérieur à Windows 8 / Windows Server 2012&#xa0;: il ne s’active que par un hôte KMS (ou une MAK).</translation>
    </message>
    <message>
        <source>%1 is not joined to a domain of this forest: activation objects are read from the computer&apos;s own forest, so it needs a KMS host (or a MAK).</source>
        <translation>%1 n’est pas joint à un domaine de cette forêt&#xa0;: un ordinateur lit les objets d’activation de sa propre forêt, il lui faut donc un hôte KMS (ou une MAK).</translation>
    </message>
    <message>
        <source>%1 runs Office 2010, which only activates through a KMS host (Office 2013 and later can use activation via Active Directory).</source>
        <translation>%1 exécute Office 2010, qui ne s’active que par un hôte KMS (Office 2013 et plus récent peuvent utiliser l’activation via Active Directory).</translation>
    </message>
    <message>
        <source>%1 — key …%2, Activation ID %3%4</source>
        <translation>%1 — clé …%2, ID d’activation %3%4</translation>
    </message>
    <message>
        <source> (by phone)</source>
        <translation> (par téléphone)</translation>
    </message>
    <message>
        <source>    %1</source>
        <translation>    %1</translation>
    </message>
    <message>
        <source>No activation object in %1.</source>
        <translation>Aucun objet d’activation dans %1.</translation>
    </message>
    <message>
        <source>Activation objects in %1:</source>
        <translation>Objets d’activation dans %1&#xa0;:</translation>
    </message>
    <message>
        <source>Remove the activation object %1? Computers activated from it stay activated until their activation runs out (180 days), then need another one. Type yes to remove it: </source>
        <translation>Supprimer l’objet d’activation %1&#x202f;? Les ordinateurs activés grâce à lui restent activés jusqu’à l’expiration de leur activation (180 jours), puis il leur en faut un autre. Tapez oui pour le supprimer&#xa0;: </translation>
    </message>
    <message>
        <source>Activate the forest of %1 with the host key %2, as activation object “%3”? Every Windows 8 / Server 2012 (and later) volume client of the forest will activate from it. Type yes to go on: </source>
        <translation>Activer la forêt de %1 avec la clé d’hôte %2, comme objet d’activation «&#x202f;%3&#x202f;»&#x202f;? Chaque client en licence en volume Windows 8 / Server 2012 (ou plus récent) de la forêt s’activera grâce à lui. Tapez oui pour continuer&#xa0;: </translation>
    </message>
    <message>
        <source>Nothing was changed: confirm with --yes (or answer yes on a terminal).</source>
        <translation>Rien n’a été modifié&#xa0;: confirmez avec --yes (ou répondez oui dans un terminal).</translation>
    </message>
    <message>
        <source>Not confirmed: nothing was changed.</source>
        <translation>Non confirmé&#xa0;: rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <source>The forest is activated: activation object %1 (%2).</source>
        <translation>La forêt est activée&#xa0;: objet d’activation %1 (%2).</translation>
    </message>
    <message>
        <source>Installation ID of the forest (read out these %1 groups to the activation centre, then enter the Confirmation ID with adba phone-cid):</source>
        <translation>ID d’installation de la forêt (dictez ces %1 groupes au centre d’activation, puis saisissez l’ID de confirmation avec adba phone-cid)&#xa0;:</translation>
    </message>
    <message>
        <source>Windows said: %1</source>
        <translation>Réponse de Windows&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n computer(s) under %1 can activate from the forest.</source>
        <translation>
            <numerusform>%n ordinateur sous %1 peut s’activer grâce à la forêt.</numerusform>
            <numerusform>%n ordinateurs sous %1 peuvent s’activer grâce à la forêt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n computer(s) still need a KMS host:</source>
        <translation>
            <numerusform>%n ordinateur a toujours besoin d’un hôte KMS&#xa0;:</numerusform>
            <numerusform>%n ordinateurs ont toujours besoin d’un hôte KMS&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>No enabled computer of the domain needs a KMS host (as far as the directory says).</source>
        <translation>Aucun ordinateur actif du domaine n’a besoin d’un hôte KMS (d’après l’annuaire).</translation>
    </message>
    <message>
        <source>Not Windows (no Windows activation): %1</source>
        <translation>Pas Windows (aucune activation Windows)&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 runs a Windows older than Windows 8 / Windows Server 2012: it cannot activate a forest. Use a domain controller or member server with Windows Server 2012 or later.</source>
        <translation>%1 exécute un Windows antérieur à Windows 8 / Windows Server 2012&#xa0;: il ne peut pas activer une forêt. Utilisez un contrôleur de domaine ou un serveur membre sous Windows Server 2012 ou plus récent.</translation>
    </message>
    <message>
        <source>The forest has no Activation Objects container: its schema is older than Windows Server 2012, or adprep /forestprep was never run. Check the schema first.</source>
        <translation>La forêt n’a pas de conteneur Activation Objects&#xa0;: son schéma est antérieur à Windows Server 2012, ou adprep /forestprep n’a jamais été exécuté. Vérifiez d’abord le schéma.</translation>
    </message>
    <message>
        <source>This key cannot activate a forest: use the organisation&apos;s KMS host key (CSVLK) for Windows Server 2012 or later, Windows 10 or later, or Office 2013 or later. Client setup keys (GVLK), MAKs and the Windows 7 / Server 2008 R2 host keys do not work.</source>
        <translation>Cette clé ne peut pas activer une forêt&#xa0;: utilisez la clé d’hôte KMS (CSVLK) de l’organisation pour Windows Server 2012 ou plus récent, Windows 10 ou plus récent, ou Office 2013 ou plus récent. Les clés d’installation client (GVLK), les MAK et les clés d’hôte de Windows 7 / Server 2008 R2 ne conviennent pas.</translation>
    </message>
    <message>
        <source>An Office host key needs that Office version&apos;s volume license pack on %1 first.</source>
        <translation>Une clé d’hôte Office demande d’abord le pack de licences en volume de cette version d’Office sur %1.</translation>
    </message>
    <message>
        <source>%1 cannot reach Microsoft&apos;s activation servers. Activate the forest by phone instead.</source>
        <translation>%1 ne joint pas les serveurs d’activation de Microsoft. Activez plutôt la forêt par téléphone.</translation>
    </message>
    <message>
        <source>The forest already has an activation object of that name: choose another name, or remove the old object first.</source>
        <translation>La forêt a déjà un objet d’activation de ce nom&#xa0;: choisissez un autre nom, ou supprimez d’abord l’ancien objet.</translation>
    </message>
    <message>
        <source>The account may not write activation objects: use a member of Enterprise Admins. Over WinRM, run the step on a domain controller, or with Basic over HTTPS or CredSSP, so the credentials reach the directory.</source>
        <translation>Le compte ne peut pas écrire d’objets d’activation&#xa0;: utilisez un membre des Administrateurs de l’entreprise. Par WinRM, exécutez l’étape sur un contrôleur de domaine, ou en Basic sur HTTPS ou avec CredSSP, pour que les identifiants atteignent l’annuaire.</translation>
    </message>
    <message>
        <source>Windows refused the Confirmation ID (%1): check every block against what the activation centre read out, or ask for the Installation ID again.</source>
        <translation>Windows a refusé l’ID de confirmation (%1)&#xa0;: comparez chaque bloc avec ce que le centre d’activation a dicté, ou redemandez l’ID d’installation.</translation>
    </message>
</context>
<context>
    <name>AdbaActivationPage</name>
    <message>
        <source>KMS host key</source>
        <translation>Clé d’hôte KMS</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>The forest is activated through %1 (%2).</source>
        <translation>La forêt est activée par l’intermédiaire de %1 (%2).</translation>
    </message>
    <message>
        <source>This Windows is older than Windows Server 2012: it cannot activate a forest. Go back and choose another machine.</source>
        <translation>Ce Windows est antérieur à Windows Server 2012&#xa0;: il ne peut pas activer une forêt. Revenez en arrière et choisissez une autre machine.</translation>
    </message>
    <message>
        <source>It is not joined to a domain: choose a machine of the forest.</source>
        <translation>Elle n’est pas jointe à un domaine&#xa0;: choisissez une machine de la forêt.</translation>
    </message>
    <message>
        <source>Type the host key and the object&apos;s name first.</source>
        <translation>Saisissez d’abord la clé d’hôte et le nom de l’objet.</translation>
    </message>
    <message>
        <source>The key is not well formed yet.</source>
        <translation>La clé n’est pas encore bien formée.</translation>
    </message>
    <message>
        <source>This is a public KMS client setup key (GVLK): the forest needs the organisation&apos;s KMS host key (CSVLK).</source>
        <translation>Ceci est une clé d’installation du client KMS (GVLK), publique&#xa0;: la forêt a besoin de la clé d’hôte KMS (CSVLK) de l’organisation.</translation>
    </message>
    <message>
        <source>Activate the forest of %1 with the host key %2, as “%3”?</source>
        <translation>Activer la forêt de %1 avec la clé d’hôte %2, comme «&#x202f;%3&#x202f;»&#x202f;?</translation>
    </message>
    <message>
        <source>An activation object is written to the forest&apos;s configuration: every Windows 8 / Windows Server 2012 (and later) volume client of the forest then activates from it. It uses one activation of the host key. You need Enterprise Admins rights.</source>
        <translation>Un objet d’activation est écrit dans la configuration de la forêt&#xa0;: chaque client en licence en volume Windows 8 / Windows Server 2012 (ou plus récent) de la forêt s’active ensuite grâce à lui. Cela consomme une activation de la clé d’hôte. Il faut les droits d’Administrateur de l’entreprise.</translation>
    </message>
    <message>
        <source>Activating the forest through %1…</source>
        <translation>Activation de la forêt par l’intermédiaire de %1…</translation>
    </message>
    <message>
        <source>The forest is activated.</source>
        <translation>La forêt est activée.</translation>
    </message>
    <message>
        <source>Activate the forest with the organisation&apos;s KMS host key.</source>
        <translation>Activez la forêt avec la clé d’hôte KMS de l’organisation.</translation>
    </message>
    <message>
        <source>KMS host key (CSVLK)</source>
        <translation>Clé d’hôte KMS (CSVLK)</translation>
    </message>
    <message>
        <source>Name of the activation object</source>
        <translation>Nom de l’objet d’activation</translation>
    </message>
    <message>
        <source>How to activate</source>
        <translation>Mode d’activation</translation>
    </message>
    <message>
        <source>Online (the machine reaches Microsoft)</source>
        <translation>En ligne (la machine joint Microsoft)</translation>
    </message>
    <message>
        <source>By phone (Installation ID and Confirmation ID, next page)</source>
        <translation>Par téléphone (ID d’installation et ID de confirmation, page suivante)</translation>
    </message>
    <message>
        <source>Activate the forest…</source>
        <translation>Activer la forêt…</translation>
    </message>
    <message>
        <source>Use the lab&apos;s key</source>
        <translation>Utiliser la clé du laboratoire</translation>
    </message>
    <message>
        <source>Activation object “%1” (host key …%2) is in the forest: %3</source>
        <translation>L’objet d’activation «&#x202f;%1&#x202f;» (clé d’hôte …%2) est dans la forêt&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>AdbaDonePage</name>
    <message>
        <source>The forest holds its activation object.</source>
        <translation>La forêt contient son objet d’activation.</translation>
    </message>
    <message>
        <source>What the clients do now</source>
        <translation>Ce que font maintenant les clients</translation>
    </message>
    <message>
        <source>Domain-joined Windows 8 / Windows Server 2012 (and later) volume editions with their KMS client setup key (GVLK, the key volume media install) activate from the forest when they start or at their next activation attempt, and every 7 days after; an activation lasts 180 days. There is no threshold to reach. Office 2013 and later activate the same way once their host key&apos;s object is in the forest.</source>
        <translation>Les éditions en volume de Windows 8 / Windows Server 2012 (ou plus récent) jointes au domaine, avec leur clé d’installation du client KMS (GVLK, celle qu’installent les supports en volume), s’activent grâce à la forêt au démarrage ou à leur prochaine tentative d’activation, puis tous les 7 jours&#x202f;; une activation dure 180 jours. Il n’y a aucun seuil à atteindre. Office 2013 et plus récent s’activent de la même façon dès que l’objet de leur clé d’hôte est dans la forêt.</translation>
    </message>
    <message>
        <source>Still on KMS</source>
        <translation>Toujours sur KMS</translation>
    </message>
    <message>
        <source>Windows 7, Windows Server 2008 R2, Office 2010 and every computer outside the forest do not read activation objects: keep a KMS host for them (run the wizard again and choose “Set up a KMS host, then the clients”). Clients that find no activation object fall back to KMS.</source>
        <translation>Windows 7, Windows Server 2008 R2, Office 2010 et tout ordinateur hors de la forêt ne lisent pas les objets d’activation&#xa0;: gardez un hôte KMS pour eux (relancez l’assistant et choisissez «&#x202f;Configurer un hôte KMS, puis les clients&#x202f;»). Les clients qui ne trouvent aucun objet d’activation se rabattent sur KMS.</translation>
    </message>
</context>
<context>
    <name>AdbaForestPage</name>
    <message>
        <source>Reading the forest from %1…</source>
        <translation>Lecture de la forêt depuis %1…</translation>
    </message>
    <message>
        <source>Remove the activation object %1?</source>
        <translation>Supprimer l’objet d’activation %1&#x202f;?</translation>
    </message>
    <message>
        <source>%1

Computers activated from it stay activated until their activation runs out (180 days); then they need another activation object or a KMS host. Removing it cannot be undone.</source>
        <translation>%1

Les ordinateurs activés grâce à lui restent activés jusqu’à l’expiration de leur activation (180 jours)&#x202f;; il leur faut ensuite un autre objet d’activation ou un hôte KMS. La suppression est définitive.</translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation>Suppression de %1…</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>par téléphone</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>Activation objects: none yet (the next page writes one)</source>
        <translation>Objets d’activation&#xa0;: aucun pour l’instant (la page suivante en écrit un)</translation>
    </message>
    <message>
        <source>Activation objects</source>
        <translation>Objets d’activation</translation>
    </message>
    <message>
        <source>Check that the forest can hold activation objects, and see those already there.</source>
        <translation>Vérifiez que la forêt peut contenir des objets d’activation, et voyez ceux qui s’y trouvent déjà.</translation>
    </message>
    <message>
        <source>With activation via Active Directory, the organisation&apos;s KMS host key activates the forest once; every Windows 8 / Windows Server 2012 (and later) volume client joined to it then activates from Active Directory when it starts, with no activation threshold, no port 1688 and no DNS record. The forest needs the Windows Server 2012 schema (version 56) or later.</source>
        <translation>Avec l’activation via Active Directory, la clé d’hôte KMS de l’organisation active la forêt une seule fois&#x202f;; chaque client en licence en volume Windows 8 / Windows Server 2012 (ou plus récent) qui y est joint s’active ensuite depuis Active Directory au démarrage, sans seuil d’activation, sans port 1688 ni enregistrement DNS. La forêt doit avoir le schéma de Windows Server 2012 (version 56) ou plus récent.</translation>
    </message>
    <message>
        <source>When a KMS host is still needed</source>
        <translation>Quand un hôte KMS reste nécessaire</translation>
    </message>
    <message>
        <source>• Windows 7, Windows Server 2008 R2 and older: they only know KMS.
• Computers outside the forest (workgroup, another forest, a DMZ).
• Office 2010 (Office 2013 and later can use Active Directory).
Keep or set up a KMS host for them; both methods can live side by side.</source>
        <translation>• Windows 7, Windows Server 2008 R2 et plus anciens&#xa0;: ils ne connaissent que KMS.
• Les ordinateurs hors de la forêt (groupe de travail, autre forêt, DMZ).
• Office 2010 (Office 2013 et plus récent peuvent utiliser Active Directory).
Gardez ou installez un hôte KMS pour eux&#x202f;; les deux méthodes peuvent cohabiter.</translation>
    </message>
    <message>
        <source>The forest&apos;s directory</source>
        <translation>L’annuaire de la forêt</translation>
    </message>
    <message>
        <source>The simulated lab has no directory server to read: its forest (lab.test) is prepared for Windows Server 2012 R2. Go on to activate it, or give a real domain controller here.</source>
        <translation>Le laboratoire simulé n’a pas de serveur d’annuaire à lire&#xa0;: sa forêt (lab.test) est préparée pour Windows Server 2012 R2. Continuez pour l’activer, ou indiquez ici un vrai contrôleur de domaine.</translation>
    </message>
    <message>
        <source>Domain controller:</source>
        <translation>Contrôleur de domaine&#xa0;:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>Fichier CA&#xa0;:</translation>
    </message>
    <message>
        <source>user@example.com or EXAMPLE\user (an Enterprise Admin to remove)</source>
        <translation>user@example.com ou EXAMPLE\user (un Administrateur de l’entreprise pour supprimer)</translation>
    </message>
    <message>
        <source>Check the forest</source>
        <translation>Vérifier la forêt</translation>
    </message>
    <message>
        <source>Remove the selected object…</source>
        <translation>Supprimer l’objet sélectionné…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Host key</source>
        <translation>Clé d’hôte</translation>
    </message>
    <message>
        <source>Activation ID</source>
        <translation>ID d’activation</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Activation</translation>
    </message>
</context>
<context>
    <name>AdbaPhonePage</name>
    <message>
        <source>Reading the forest&apos;s Installation ID…</source>
        <translation>Lecture de l’ID d’installation de la forêt…</translation>
    </message>
    <message>
        <source>Activate the forest of %1 with the host key %2, as “%3”?</source>
        <translation>Activer la forêt de %1 avec la clé d’hôte %2, comme «&#x202f;%3&#x202f;»&#x202f;?</translation>
    </message>
    <message>
        <source>Depositing the Confirmation ID…</source>
        <translation>Dépôt de l’ID de confirmation…</translation>
    </message>
    <message>
        <source>Activate the forest by phone.</source>
        <translation>Activez la forêt par téléphone.</translation>
    </message>
    <message>
        <source>Call the Microsoft activation centre (the number for your country is in %SystemRoot%\System32\sppui\phone.inf, or on the Volume Licensing Service Center) and read out the forest&apos;s Installation ID. Type the Confirmation ID you are given into the eight blocks.</source>
        <translation>Appelez le centre d’activation Microsoft (le numéro de votre pays figure dans %SystemRoot%\System32\sppui\phone.inf, ou sur le Volume Licensing Service Center) et dictez l’ID d’installation de la forêt. Saisissez l’ID de confirmation obtenu dans les huit blocs.</translation>
    </message>
    <message>
        <source>Installation ID of the forest</source>
        <translation>ID d’installation de la forêt</translation>
    </message>
    <message>
        <source>Confirmation ID</source>
        <translation>ID de confirmation</translation>
    </message>
    <message>
        <source>Activate the forest with this Confirmation ID</source>
        <translation>Activer la forêt avec cet ID de confirmation</translation>
    </message>
    <message>
        <source>Ask the lab&apos;s activation centre</source>
        <translation>Demander au centre d’activation du laboratoire</translation>
    </message>
</context>
<context>
    <name>Bootstrap</name>
    <message>
        <source>Only on Windows: run the wizard on the KMS host itself, or choose a remote host.</source>
        <translation>Uniquement sous Windows&#xa0;: lancez l’assistant sur l’hôte KMS lui-même, ou choisissez un hôte distant.</translation>
    </message>
    <message>
        <source>The simulated lab is not part of this build.</source>
        <translation>Le laboratoire simulé ne fait pas partie de cette version.</translation>
    </message>
</context>
<context>
    <name>CaFileField</name>
    <message>
        <source>CA certificate file</source>
        <translation>Fichier du certificat d’AC</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>empty: the certificates this computer trusts</source>
        <translation>vide&#xa0;: les certificats auxquels cet ordinateur fait confiance</translation>
    </message>
</context>
<context>
    <name>CaptureCommand</name>
    <message>
        <source>%1: answered</source>
        <translation>%1&#xa0;: réponse reçue</translation>
    </message>
    <message>
        <source>%1: answered with a failure (%2)</source>
        <translation>%1&#xa0;: réponse d’échec (%2)</translation>
    </message>
    <message>
        <source>%1: answered something that is not a JSON document</source>
        <translation>%1&#xa0;: la réponse n’est pas un document JSON</translation>
    </message>
    <message>
        <source>Capture of %1 written to %2 (machine name: %3).</source>
        <translation>Capture de %1 écrite dans %2 (nom de la machine&#xa0;: %3).</translation>
    </message>
    <message>
        <source>Replaced before writing: %1 product key(s) masked, %2 host name(s), %3 domain(s), %4 IP address(es), %5 client machine ID(s), %6 installation ID(s); %7 user name(s) removed.</source>
        <translation>Remplacé avant l’écriture&#xa0;: %1 clé(s) de produit masquée(s), %2 nom(s) d’hôte, %3 domaine(s), %4 adresse(s) IP, %5 identifiant(s) de machine cliente (CMID), %6 ID d’installation&#x202f;; %7 nom(s) d’utilisateur supprimé(s).</translation>
    </message>
    <message>
        <source>Read the file before you share it: free text (error messages) may still name things the wizard could not recognise.</source>
        <translation>Relisez le fichier avant de le partager&#xa0;: du texte libre (messages d’erreur) peut encore nommer des éléments que l’assistant n’a pas su reconnaître.</translation>
    </message>
    <message>
        <source>Replay it with: kms-wizard lab serve --machine-file %1</source>
        <translation>Pour la rejouer&#xa0;: kms-wizard lab serve --machine-file %1</translation>
    </message>
    <message>
        <source>The capture could not be written to %1: %2</source>
        <translation>La capture n’a pas pu être écrite dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Windows client</source>
        <translation>Client Windows</translation>
    </message>
    <message>
        <source>Windows Server</source>
        <translation>Windows Server</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>%1 or a later update</source>
        <translation>%1 ou une mise à jour ultérieure</translation>
    </message>
    <message>
        <source>update %1</source>
        <translation>mise à jour %1</translation>
    </message>
</context>
<context>
    <name>CidEdit</name>
    <message>
        <source>Confirmation ID block %1</source>
        <translation>Bloc %1 de l’ID de confirmation</translation>
    </message>
</context>
<context>
    <name>ClientsConvertPage</name>
    <message numerus="yes">
        <source>Convert %n client(s)?</source>
        <translation>
            <numerusform>Convertir %n client&#x202f;?</numerusform>
            <numerusform>Convertir %n clients&#x202f;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %n host(s) again…</source>
        <translation>
            <numerusform>Nouvelle lecture de %n hôte…</numerusform>
            <numerusform>Nouvelle lecture de %n hôtes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Convert %n host(s) %1?</source>
        <translation>
            <numerusform>Convertir %n hôte %1&#x202f;?</numerusform>
            <numerusform>Convertir %n hôtes %1&#x202f;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resume conversion run %1 on %n host(s)?</source>
        <translation>
            <numerusform>Reprendre la conversion %1 sur %n hôte&#x202f;?</numerusform>
            <numerusform>Reprendre la conversion %1 sur %n hôtes&#x202f;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Converting %n host(s)…</source>
        <translation>
            <numerusform>Conversion de %n hôte…</numerusform>
            <numerusform>Conversion de %n hôtes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) get a new key or are activated, as the plan shows. Every step is written to the journal before and after it runs.</source>
        <translation>
            <numerusform>%n produit reçoit une nouvelle clé ou est activé, comme le montre le plan. Chaque étape est inscrite au journal avant et après son exécution.</numerusform>
            <numerusform>%n produits reçoivent une nouvelle clé ou sont activés, comme le montre le plan. Chaque étape est inscrite au journal avant et après son exécution.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Included on purpose: %n product(s) that the KMS host cannot activate; they lose their current activation and end in their grace period.</source>
        <translation>
            <numerusform>Inclus volontairement&#xa0;: %n produit que l’hôte KMS ne peut pas activer&#x202f;; il perd son activation actuelle et finit en période de grâce.</numerusform>
            <numerusform>Inclus volontairement&#xa0;: %n produits que l’hôte KMS ne peut pas activer&#x202f;; ils perdent leur activation actuelle et finissent en période de grâce.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conversion run %1 (%2, started %3) was interrupted on %n host(s). Resume it to finish it: no step is done twice.</source>
        <translation>
            <numerusform>La conversion %1 (%2, lancée le %3) a été interrompue sur %n hôte. Reprenez-la pour la terminer&#xa0;: aucune étape n’est exécutée deux fois.</numerusform>
            <numerusform>La conversion %1 (%2, lancée le %3) a été interrompue sur %n hôtes. Reprenez-la pour la terminer&#xa0;: aucune étape n’est exécutée deux fois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each MAK activation spends one of the MAK&apos;s activations: %n activation(s) of “%1”.</source>
        <translation>
            <numerusform>Chaque activation par MAK consomme une des activations de la MAK&#xa0;: %n activation de «&#x202f;%1&#x202f;».</numerusform>
            <numerusform>Chaque activation par MAK consomme une des activations de la MAK&#xa0;: %n activations de «&#x202f;%1&#x202f;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to change on %n host(s)</source>
        <translation>
            <numerusform>Rien à modifier sur %n hôte</numerusform>
            <numerusform>Rien à modifier sur %n hôtes</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait until the conversion has finished, or cancel it.</source>
        <translation>Attendez la fin de la conversion, ou annulez-la.</translation>
    </message>
    <message>
        <source>No host to convert with these choices.</source>
        <translation>Aucun hôte à convertir avec ces choix.</translation>
    </message>
    <message>
        <source>Choose the MAK from the keyring (or store it first).</source>
        <translation>Choisissez la MAK dans le trousseau (ou enregistrez-la d’abord).</translation>
    </message>
    <message>
        <source>Every host with a MAK to convert (%1)</source>
        <translation>Tous les hôtes ayant une MAK à convertir (%1)</translation>
    </message>
    <message>
        <source>Every host with a KMS client key (%1)</source>
        <translation>Tous les hôtes ayant une clé d’installation du client KMS (%1)</translation>
    </message>
    <message>
        <source>The hosts the scan page&apos;s filters show (%1)</source>
        <translation>Les hôtes que montrent les filtres de l’analyse (%1)</translation>
    </message>
    <message>
        <source>The hosts selected in the scan table (%1)</source>
        <translation>Les hôtes sélectionnés dans le tableau de l’analyse (%1)</translation>
    </message>
    <message>
        <source>No MAK in the keyring yet</source>
        <translation>Aucune MAK dans le trousseau pour l’instant</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>for Windows</source>
        <translation>pour Windows</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>pour %1</translation>
    </message>
    <message>
        <source>Give the MAK a label first.</source>
        <translation>Donnez d’abord un nom à la MAK.</translation>
    </message>
    <message>
        <source>The MAK is stored in the keyring as “%1”.</source>
        <translation>La MAK est enregistrée dans le trousseau sous le nom «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>Storing the MAK in the keyring…</source>
        <translation>Enregistrement de la MAK dans le trousseau…</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>non lu</translation>
    </message>
    <message>
        <source>to convert</source>
        <translation>à convertir</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>laissé de côté</translation>
    </message>
    <message>
        <source>from MAK to KMS</source>
        <translation>de MAK vers KMS</translation>
    </message>
    <message>
        <source>from KMS to MAK</source>
        <translation>de KMS vers MAK</translation>
    </message>
    <message>
        <source>Not confirmed: nothing was changed.</source>
        <translation>Non confirmé&#xa0;: rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Resume conversion run %1?</source>
        <translation>Reprendre la conversion %1&#x202f;?</translation>
    </message>
    <message>
        <source>Each host is read again first: a step that already took effect is not repeated.</source>
        <translation>Chaque hôte est d’abord relu&#xa0;: une étape déjà effective n’est pas répétée.</translation>
    </message>
    <message>
        <source>Cancelling: no new host starts; the hosts being converted finish their steps…</source>
        <translation>Annulation&#xa0;: aucun nouvel hôte n’est lancé&#x202f;; les hôtes en cours de conversion terminent leurs étapes…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>already in effect</source>
        <translation>déjà effectif</translation>
    </message>
    <message>
        <source>waiting for the host&apos;s count</source>
        <translation>en attente du décompte de l’hôte</translation>
    </message>
    <message>
        <source>Now: %1 — %2, %3</source>
        <translation>Maintenant&#xa0;: %1 — %2, %3</translation>
    </message>
    <message>
        <source>Conversion run %1 was interrupted and includes %2: resume it first (above), then convert the other hosts.</source>
        <translation>La conversion %1 a été interrompue et comprend %2&#xa0;: reprenez-la d’abord (ci-dessus), puis convertissez les autres hôtes.</translation>
    </message>
    <message>
        <source>Choose the MAK to put back from the keyring (each activation spends one of its activations), then click “Put back what this run changed…” again.</source>
        <translation>Choisissez dans le trousseau la MAK à rétablir (chaque activation consomme une de ses activations), puis cliquez à nouveau sur «&#x202f;Rétablir ce que cette exécution a changé…&#x202f;».</translation>
    </message>
    <message>
        <source>Conversion plan</source>
        <translation>Plan de conversion</translation>
    </message>
    <message>
        <source>Windows MAK:</source>
        <translation>MAK Windows&#xa0;:</translation>
    </message>
    <message>
        <source>Office MAKs:</source>
        <translation>MAK Office&#xa0;:</translation>
    </message>
    <message>
        <source>New MAK:</source>
        <translation>Nouvelle MAK&#xa0;:</translation>
    </message>
    <message>
        <source>Put back what this run changed…</source>
        <translation>Rétablir ce que cette exécution a changé…</translation>
    </message>
    <message>
        <source>Leave on KMS</source>
        <translation>Laisser en KMS</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Run %1 — converted: %2; waiting for the KMS host&apos;s count: %3; with problems: %4.</source>
        <translation>Conversion %1 — convertis&#xa0;: %2&#x202f;; en attente du décompte de l’hôte KMS&#xa0;: %3&#x202f;; avec des problèmes&#xa0;: %4.</translation>
    </message>
    <message>
        <source>The run was cancelled: the hosts not started were left as they were.</source>
        <translation>La conversion a été annulée&#xa0;: les hôtes non commencés sont restés tels quels.</translation>
    </message>
    <message>
        <source>Some hosts could not be read: the run stays open and can be resumed later.</source>
        <translation>Certains hôtes n’ont pas pu être lus&#xa0;: la conversion reste ouverte et pourra être reprise plus tard.</translation>
    </message>
    <message>
        <source>Clients waiting for the count activate by themselves once the KMS host has enough requests; check them again later.</source>
        <translation>Les clients en attente du décompte s’activent d’eux-mêmes dès que l’hôte KMS a reçu assez de demandes&#x202f;; vérifiez-les de nouveau plus tard.</translation>
    </message>
    <message>
        <source>Letting time pass in the lab…</source>
        <translation>Le temps passe dans le laboratoire…</translation>
    </message>
    <message>
        <source>Reading the clients again…</source>
        <translation>Nouvelle lecture des clients…</translation>
    </message>
    <message>
        <source>Move clients from MAK to KMS or back: preview the exact plan, then confirm.</source>
        <translation>Faire passer des clients de MAK à KMS ou l’inverse&#xa0;: vérifiez le plan exact, puis confirmez.</translation>
    </message>
    <message>
        <source>KMS → MAK</source>
        <translation>KMS → MAK</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Sens&#xa0;:</translation>
    </message>
    <message>
        <source>Hosts:</source>
        <translation>Hôtes&#xa0;:</translation>
    </message>
    <message>
        <source>KMS host:</source>
        <translation>Hôte KMS&#xa0;:</translation>
    </message>
    <message>
        <source>Hosts at once:</source>
        <translation>Hôtes en parallèle&#xa0;:</translation>
    </message>
    <message>
        <source>Also convert the products this KMS host cannot activate</source>
        <translation>Convertir aussi les produits que cet hôte KMS ne peut pas activer</translation>
    </message>
    <message>
        <source>They would end in their grace period (0xC004F042) until a KMS host with a key that covers them answers: read why each one is left out below.</source>
        <translation>Ils finiraient en période de grâce (0xC004F042) jusqu’à ce qu’un hôte KMS dont la clé les couvre réponde&#xa0;: lisez ci-dessous pourquoi chacun est laissé de côté.</translation>
    </message>
    <message>
        <source>Found through DNS</source>
        <translation>Trouvé par le DNS</translation>
    </message>
    <message>
        <source>This host:</source>
        <translation>Cet hôte&#xa0;:</translation>
    </message>
    <message>
        <source>Leave the setting as it is</source>
        <translation>Laisser le réglage tel quel</translation>
    </message>
    <message>
        <source>kms01.example.com:1688</source>
        <translation>kms01.example.com:1688</translation>
    </message>
    <message>
        <source>New label</source>
        <translation>Nouveau nom</translation>
    </message>
    <message>
        <source>MAK (stored in the keyring)</source>
        <translation>MAK (enregistrée dans le trousseau)</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Preview the plan</source>
        <translation>Voir le plan</translation>
    </message>
    <message>
        <source>Convert…</source>
        <translation>Convertir…</translation>
    </message>
    <message>
        <source>Cancel the conversion</source>
        <translation>Annuler la conversion</translation>
    </message>
    <message>
        <source>Let 2 hours pass in the lab</source>
        <translation>Faire passer 2 heures dans le laboratoire</translation>
    </message>
    <message>
        <source>Check the clients again</source>
        <translation>Vérifier de nouveau les clients</translation>
    </message>
    <message>
        <source>Resume the run…</source>
        <translation>Reprendre la conversion…</translation>
    </message>
    <message>
        <source>Host and steps</source>
        <translation>Hôte et étapes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>converting…</source>
        <translation>conversion…</translation>
    </message>
    <message>
        <source>converted</source>
        <translation>converti</translation>
    </message>
    <message>
        <source>converted, activation pending</source>
        <translation>converti, activation en attente</translation>
    </message>
    <message>
        <source>not fully converted</source>
        <translation>pas entièrement converti</translation>
    </message>
    <message>
        <source>not started (cancelled)</source>
        <translation>non commencé (annulé)</translation>
    </message>
    <message>
        <source>Plan — hosts to change: %1; products to convert: %2, to activate only: %3, left alone: %4, impossible to convert: %5; hosts not read: %6. Nothing has been changed yet.</source>
        <translation>Plan — hôtes à modifier&#xa0;: %1&#x202f;; produits à convertir&#xa0;: %2, à activer seulement&#xa0;: %3, laissés tels quels&#xa0;: %4, impossibles à convertir&#xa0;: %5&#x202f;; hôtes non lus&#xa0;: %6. Rien n’a encore été modifié.</translation>
    </message>
    <message>
        <source>MAK → KMS</source>
        <translation>MAK → KMS</translation>
    </message>
</context>
<context>
    <name>ClientsInventoryPage</name>
    <message numerus="yes">
        <source>%n host(s) to scan.</source>
        <translation>
            <numerusform>%n hôte à analyser.</numerusform>
            <numerusform>%n hôtes à analyser.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more line(s) left out.</source>
        <translation>
            <numerusform>… et %n autre ligne écartée.</numerusform>
            <numerusform>… et %n autres lignes écartées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es): you will be asked to confirm such a large range.</source>
        <translation>
            <numerusform>%n adresse&#xa0;: une plage aussi grande vous sera demandée en confirmation.</numerusform>
            <numerusform>%n adresses&#xa0;: une plage aussi grande vous sera demandée en confirmation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) to scan.</source>
        <translation>
            <numerusform>%n adresse à analyser.</numerusform>
            <numerusform>%n adresses à analyser.</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the simulated lab…</source>
        <translation>Démarrage du laboratoire simulé…</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>Lecture de la liste…</translation>
    </message>
    <message>
        <source>Type an address range such as 192.168.10.0/24.</source>
        <translation>Saisissez une plage d’adresses comme 192.168.10.0/24.</translation>
    </message>
    <message>
        <source>Name at least one machine to scan.</source>
        <translation>Indiquez au moins une machine à analyser.</translation>
    </message>
    <message>
        <source>Enter the account that may read the clients.</source>
        <translation>Saisissez le compte autorisé à lire les clients.</translation>
    </message>
    <message>
        <source>Enter the password, or choose it from the keyring.</source>
        <translation>Saisissez le mot de passe, ou choisissez-le dans le trousseau.</translation>
    </message>
    <message>
        <source>The range %1 holds %2 addresses, more than %3. Scan them all?</source>
        <translation>La plage %1 contient %2 adresses, plus de %3. Les analyser toutes&#x202f;?</translation>
    </message>
    <message>
        <source>Scan a large range?</source>
        <translation>Analyser une grande plage&#x202f;?</translation>
    </message>
    <message>
        <source>Find the host column by itself</source>
        <translation>Trouver seul la colonne des hôtes</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>Separator “%1”; host names from the column “%2”.</source>
        <translation>Séparateur «&#x202f;%1&#x202f;»&#x202f;; noms d’hôtes pris dans la colonne «&#x202f;%2&#x202f;».</translation>
    </message>
    <message>
        <source>Host list</source>
        <translation>Liste d’hôtes</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt)</source>
        <translation>Fichiers CSV (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Asking the directory…</source>
        <translation>Interrogation de l’annuaire…</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Typed above</source>
        <translation>Saisi ci-dessus</translation>
    </message>
    <message>
        <source>Conversion run %1 was interrupted. Its hosts are listed below: check the credentials and go on; the conversion page resumes the run.</source>
        <translation>La conversion %1 a été interrompue. Ses hôtes sont listés ci-dessous&#xa0;: vérifiez les identifiants et continuez&#x202f;; la page de conversion reprend la conversion.</translation>
    </message>
    <message>
        <source>Which machines to scan, and how to reach them over WinRM.</source>
        <translation>Quelles machines analyser, et comment les joindre par WinRM.</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Address range</source>
        <translation>Plage d’adresses</translation>
    </message>
    <message>
        <source>Active Directory</source>
        <translation>Active Directory</translation>
    </message>
    <message>
        <source>One host name or IP address per line; # starts a comment.</source>
        <translation>Un nom d’hôte ou une adresse IP par ligne&#x202f;; # commence un commentaire.</translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation>Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>All lab machines</source>
        <translation>Toutes les machines du laboratoire</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Host column:</source>
        <translation>Colonne des hôtes&#xa0;:</translation>
    </message>
    <message>
        <source>Exports of Excel, Active Directory or an inventory tool: the separator and the column holding host names are found by themselves.</source>
        <translation>Exports d’Excel, d’Active Directory ou d’un outil d’inventaire&#xa0;: le séparateur et la colonne des noms d’hôtes sont trouvés automatiquement.</translation>
    </message>
    <message>
        <source>Range (CIDR):</source>
        <translation>Plage (CIDR)&#xa0;:</translation>
    </message>
    <message>
        <source>Directory server:</source>
        <translation>Serveur d’annuaire&#xa0;:</translation>
    </message>
    <message>
        <source>Search base:</source>
        <translation>Base de recherche&#xa0;:</translation>
    </message>
    <message>
        <source>Computer names:</source>
        <translation>Noms d’ordinateurs&#xa0;:</translation>
    </message>
    <message>
        <source>Operating system:</source>
        <translation>Système d’exploitation&#xa0;:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>Fichier d’AC&#xa0;:</translation>
    </message>
    <message>
        <source>StartTLS (on ldap://)</source>
        <translation>StartTLS (sur ldap://)</translation>
    </message>
    <message>
        <source>Include disabled computers</source>
        <translation>Inclure les ordinateurs désactivés</translation>
    </message>
    <message>
        <source>List the computers</source>
        <translation>Lister les ordinateurs</translation>
    </message>
    <message>
        <source>Account on the clients</source>
        <translation>Compte sur les clients</translation>
    </message>
    <message>
        <source>The lab&apos;s machines accept the lab&apos;s own account, filled in below.</source>
        <translation>Les machines du laboratoire acceptent le compte propre au laboratoire, déjà saisi ci-dessous.</translation>
    </message>
    <message>
        <source>Or from the keyring:</source>
        <translation>Ou depuis le trousseau&#xa0;:</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Connexion&#xa0;:</translation>
    </message>
    <message>
        <source>DOMAIN\user or user@domain</source>
        <translation>DOMAINE\utilisateur ou utilisateur@domaine</translation>
    </message>
    <message>
        <source>Remember the password in the keyring</source>
        <translation>Mémoriser le mot de passe dans le trousseau</translation>
    </message>
    <message>
        <source>HTTPS (5986)</source>
        <translation>HTTPS (5986)</translation>
    </message>
    <message>
        <source>Check the certificate</source>
        <translation>Vérifier le certificat</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>Hosts scanned at once:</source>
        <translation>Hôtes analysés en parallèle&#xa0;:</translation>
    </message>
    <message>
        <source>Time-out per host:</source>
        <translation>Délai par hôte&#xa0;:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>No column of the CSV file holds host names: choose the host column.</source>
        <translation>Aucune colonne du fichier CSV ne contient de noms d’hôtes&#xa0;: choisissez la colonne des hôtes.</translation>
    </message>
</context>
<context>
    <name>ClientsScanPage</name>
    <message numerus="yes">
        <source>Scan cancelled: %n host(s) not scanned.</source>
        <translation>
            <numerusform>Analyse annulée&#xa0;: %n hôte non analysé.</numerusform>
            <numerusform>Analyse annulée&#xa0;: %n hôtes non analysés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait until the scan has finished, or cancel it.</source>
        <translation>Attendez la fin de l’analyse, ou annulez-la.</translation>
    </message>
    <message>
        <source>Scan the clients first.</source>
        <translation>Analysez d’abord les clients.</translation>
    </message>
    <message>
        <source>%1 of %2 done · %3 failed · %4 remaining · %5 · %6 hosts/s</source>
        <translation>%1 sur %2 terminés · %3 en échec · %4 restants · %5 · %6 hôtes/s</translation>
    </message>
    <message>
        <source>Cancelling: no new host starts; waiting for those in progress… %1</source>
        <translation>Annulation&#xa0;: aucun nouvel hôte n’est lancé&#x202f;; attente de ceux en cours… %1</translation>
    </message>
    <message>
        <source>Scan finished in %1: %2 read, %3 not read.</source>
        <translation>Analyse terminée en %1&#xa0;: lus&#xa0;: %2, non lus&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation>Enregistrement du rapport…</translation>
    </message>
    <message>
        <source>Saved in %1: %2</source>
        <translation>Enregistré dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Scan results</source>
        <translation>Résultats de l’analyse</translation>
    </message>
    <message>
        <source>The licensing state of every client: filter, search, and pick a host for the details.</source>
        <translation>L’état de licence de chaque client&#xa0;: filtrez, cherchez, et choisissez un hôte pour le détail.</translation>
    </message>
    <message>
        <source>Cancel the scan</source>
        <translation>Annuler l’analyse</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>Analyser de nouveau</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Hosts by status</source>
        <translation>Hôtes par état</translation>
    </message>
    <message>
        <source>Save the report (HTML, CSV, JSON)</source>
        <translation>Enregistrer le rapport (HTML, CSV, JSON)</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Set up a KMS host, verify its DNS record and convert clients between MAK and KMS.</source>
        <translation>Configure un hôte KMS, vérifie son enregistrement DNS et convertit les clients entre MAK et KMS.</translation>
    </message>
    <message>
        <source>language of the interface (pseudo: stretched texts, to check the layout)</source>
        <translation>langue de l’interface (pseudo&#xa0;: textes allongés, pour vérifier la mise en page)</translation>
    </message>
    <message>
        <source>run the wizard against the built-in simulated lab</source>
        <translation>lancer l’assistant sur le laboratoire simulé intégré</translation>
    </message>
    <message>
        <source>the simulated lab&apos;s story: current (a Windows Server 2022 KMS host, the default) or legacy-2008r2 (a Windows Server 2008 R2 host with Server Group A/B/C keys); implies --demo</source>
        <translation>le scénario du laboratoire simulé&#xa0;: current (un hôte KMS sous Windows Server 2022, par défaut) ou legacy-2008r2 (un hôte sous Windows Server 2008 R2 avec les clés des groupes de serveurs A/B/C)&#x202f;; implique --demo</translation>
    </message>
    <message>
        <source>add this capture (kms-wizard capture; or a shipped one by name: win10-client, ws2022-fresh-host, win7-ps2, no-publish-list) to the simulated lab as a read-only machine; repeatable (implies --demo)</source>
        <translation>ajouter cette capture (kms-wizard capture&#x202f;; ou une capture fournie, par son nom&#xa0;: win10-client, ws2022-fresh-host, win7-ps2, no-publish-list) au laboratoire simulé comme machine en lecture seule&#x202f;; répétable (implique --demo)</translation>
    </message>
    <message>
        <source>verify the _vlmcs._tcp SRV record clients use to find the KMS host</source>
        <translation>vérifier l’enregistrement SRV _vlmcs._tcp qu’utilisent les clients pour trouver l’hôte KMS</translation>
    </message>
    <message>
        <source>Ask the resolvers and every authoritative server of the zone for _vlmcs._tcp.DOMAIN, check targets, addresses, port and TCP reachability.</source>
        <translation>Interroge les résolveurs et chaque serveur faisant autorité de la zone sur _vlmcs._tcp.DOMAINE, puis vérifie les cibles, les adresses, le port et l’accessibilité TCP.</translation>
    </message>
    <message>
        <source>the DNS domain of the KMS clients</source>
        <translation>le domaine DNS des clients KMS</translation>
    </message>
    <message>
        <source>DNS server to start from, instead of this computer&apos;s resolvers (repeatable)</source>
        <translation>serveur DNS de départ, à la place des résolveurs de cet ordinateur (répétable)</translation>
    </message>
    <message>
        <source>port for querying the zone&apos;s authoritative servers (default 53)</source>
        <translation>port pour interroger les serveurs faisant autorité de la zone (53 par défaut)</translation>
    </message>
    <message>
        <source>the KMS host that should be published</source>
        <translation>l’hôte KMS qui doit être publié</translation>
    </message>
    <message>
        <source>the port the KMS host listens on (default 1688)</source>
        <translation>le port d’écoute de l’hôte KMS (1688 par défaut)</translation>
    </message>
    <message>
        <source>total time budget in seconds (default 3)</source>
        <translation>durée totale allouée en secondes (3 par défaut)</translation>
    </message>
    <message>
        <source>convert clients between MAK and KMS (plan, confirm, journal, resume)</source>
        <translation>convertir des clients entre MAK et KMS (plan, confirmation, journal, reprise)</translation>
    </message>
    <message>
        <source>Plan, confirm and run a MAK⇄KMS conversion; --resume finishes an interrupted run.</source>
        <translation>Planifier, confirmer et exécuter une conversion MAK⇄KMS&#x202f;; --resume termine une conversion interrompue.</translation>
    </message>
    <message>
        <source>the channel the clients move to</source>
        <translation>le canal vers lequel passent les clients</translation>
    </message>
    <message>
        <source>the hosts of a journaled scan</source>
        <translation>les hôtes d’une analyse enregistrée dans le journal</translation>
    </message>
    <message>
        <source>set this KMS host on the clients</source>
        <translation>définir cet hôte KMS sur les clients</translation>
    </message>
    <message>
        <source>clear an explicit KMS host: clients find theirs through DNS again</source>
        <translation>effacer un hôte KMS explicite&#xa0;: les clients retrouvent le leur par DNS</translation>
    </message>
    <message>
        <source>clients look up their KMS host&apos;s SRV record in this DNS domain (slmgr /skms-domain; Windows 8 and later), for clients whose own domain has none</source>
        <translation>les clients cherchent l’enregistrement SRV de leur hôte KMS dans ce domaine DNS (slmgr /skms-domain&#x202f;; Windows 8 et versions ultérieures), pour les clients dont le propre domaine n’en a pas</translation>
    </message>
    <message>
        <source>keyring label of the Windows MAK</source>
        <translation>nom de la MAK Windows dans le trousseau</translation>
    </message>
    <message>
        <source>keyring label of an Office edition&apos;s MAK (office2021-proplus=LABEL)</source>
        <translation>nom dans le trousseau de la MAK d’une édition d’Office (office2021-proplus=NOM)</translation>
    </message>
    <message>
        <source>hosts converted at once (default 8)</source>
        <translation>hôtes convertis en même temps (8 par défaut)</translation>
    </message>
    <message>
        <source>show the plan, change nothing</source>
        <translation>afficher le plan, ne rien modifier</translation>
    </message>
    <message>
        <source>to KMS: also convert the products the KMS host&apos;s key cannot activate (they lose their MAK activation and end in their grace period)</source>
        <translation>vers KMS&#xa0;: convertir aussi les produits que la clé de l’hôte KMS ne peut pas activer (ils perdent leur activation MAK et finissent en période de grâce)</translation>
    </message>
    <message>
        <source>finish an interrupted run</source>
        <translation>terminer une conversion interrompue</translation>
    </message>
    <message>
        <source>put back what a finished run changed where it left products in grace or failed (to MAK: --mak LABEL)</source>
        <translation>rétablir ce qu’une exécution terminée a changé là où elle a laissé des produits en période de grâce ou en échec (vers MAK&#xa0;: --mak NOM)</translation>
    </message>
    <message>
        <source>record a machine&apos;s answers to the read-only operations, anonymised, in one file</source>
        <translation>enregistrer dans un fichier, anonymisées, les réponses d’une machine aux opérations en lecture seule</translation>
    </message>
    <message>
        <source>Run inspect, status, get-iid and firewall-state (never a change) on one machine and write their JSON answers, with host names, domains, addresses, machine IDs and keys replaced, to one file that `lab serve --machine-file` replays.</source>
        <translation>Exécute inspect, status, get-iid et firewall-state (jamais une modification) sur une machine et écrit leurs réponses JSON, noms d’hôte, domaines, adresses, identifiants de machine et clés remplacés, dans un fichier que `lab serve --machine-file` rejoue.</translation>
    </message>
    <message>
        <source>where to write the capture (JSON)</source>
        <translation>où écrire la capture (JSON)</translation>
    </message>
    <message>
        <source>print one JSON document</source>
        <translation>afficher un document JSON</translation>
    </message>
    <message>
        <source>write the run&apos;s results as CSV</source>
        <translation>écrire les résultats de la conversion au format CSV</translation>
    </message>
    <message>
        <source>write a self-contained HTML report</source>
        <translation>écrire un rapport HTML autonome</translation>
    </message>
    <message>
        <source>publish, replace or delete the _vlmcs._tcp SRV record by dynamic update</source>
        <translation>publier, remplacer ou supprimer l’enregistrement SRV _vlmcs._tcp par mise à jour dynamique</translation>
    </message>
    <message>
        <source>Send an RFC 2136 dynamic update (signed with a TSIG key) to the zone&apos;s primary DNS server, then verify it by asking again. Active Directory zones need Kerberos-signed updates: use the KMS host&apos;s own publishing or Add-DnsServerResourceRecord there.</source>
        <translation>Envoie une mise à jour dynamique RFC 2136 (signée avec une clé TSIG) au serveur DNS principal de la zone, puis la vérifie en interrogeant à nouveau. Les zones Active Directory exigent des mises à jour signées par Kerberos&#xa0;: utilisez-y la publication propre à l’hôte KMS ou Add-DnsServerResourceRecord.</translation>
    </message>
    <message>
        <source>the zone&apos;s primary DNS server</source>
        <translation>le serveur DNS principal de la zone</translation>
    </message>
    <message>
        <source>change the record on this Windows DNS server (a domain controller) with its own DnsServer cmdlets over WinRM: the way for Active Directory-integrated zones</source>
        <translation>modifier l’enregistrement sur ce serveur DNS Windows (un contrôleur de domaine) avec ses propres applets DnsServer, par WinRM&#xa0;: la voie pour les zones intégrées à Active Directory</translation>
    </message>
    <message>
        <source>the KMS host to publish</source>
        <translation>l’hôte KMS à publier</translation>
    </message>
    <message>
        <source>BIND key file (as tsig-keygen prints it)</source>
        <translation>fichier de clé BIND (tel que l’affiche tsig-keygen)</translation>
    </message>
    <message>
        <source>also set the host&apos;s A (or AAAA) record to this address</source>
        <translation>définir aussi l’enregistrement A (ou AAAA) de l’hôte sur cette adresse</translation>
    </message>
    <message>
        <source>make this the only _vlmcs._tcp record (removes other hosts&apos; records)</source>
        <translation>en faire le seul enregistrement _vlmcs._tcp (supprime ceux des autres hôtes)</translation>
    </message>
    <message>
        <source>delete the records that point at --host</source>
        <translation>supprimer les enregistrements qui pointent vers --host</translation>
    </message>
    <message>
        <source>with --via-dns-server: change nothing; show what the DNS server holds, who created it, and why the KMS host does or does not publish itself (events 12293/12294)</source>
        <translation>avec --via-dns-server&#xa0;: ne rien modifier&#x202f;; afficher ce que contient le serveur DNS, qui l’a créé, et pourquoi l’hôte KMS se publie ou non lui-même (événements 12293/12294)</translation>
    </message>
    <message>
        <source>inspect product keys</source>
        <translation>examiner des clés de produit</translation>
    </message>
    <message>
        <source>is KEY well-formed? masked form; is it a known GVLK (which edition)?</source>
        <translation>KEY est-elle bien formée&#x202f;? forme masquée&#x202f;; est-ce une clé GVLK connue (de quelle édition)&#x202f;?</translation>
    </message>
    <message>
        <source>the product key, as typed or pasted</source>
        <translation>la clé de produit, telle que saisie ou collée</translation>
    </message>
    <message>
        <source>the simulated lab (training mode)</source>
        <translation>le laboratoire simulé (mode formation)</translation>
    </message>
    <message>
        <source>serve the simulated lab (WinRM over HTTP and HTTPS, DNS) until interrupted</source>
        <translation>servir le laboratoire simulé (WinRM sur HTTP et HTTPS, DNS) jusqu’à interruption</translation>
    </message>
    <message>
        <source>Print one JSON line describing the lab, then serve it on 127.0.0.1 until Ctrl+C or SIGTERM.</source>
        <translation>Affiche une ligne JSON décrivant le laboratoire, puis le sert sur 127.0.0.1 jusqu’à Ctrl+C ou SIGTERM.</translation>
    </message>
    <message>
        <source>the lab&apos;s story: current (a Windows Server 2022 KMS host, the default) or legacy-2008r2 (a Windows Server 2008 R2 host with Server Group A/B/C keys)</source>
        <translation>le scénario du laboratoire&#xa0;: current (un hôte KMS sous Windows Server 2022, par défaut) ou legacy-2008r2 (un hôte sous Windows Server 2008 R2 avec les clés des groupes de serveurs A/B/C)</translation>
    </message>
    <message>
        <source>simulated clients</source>
        <translation>clients simulés</translation>
    </message>
    <message>
        <source>topology seed</source>
        <translation>graine de la topologie</translation>
    </message>
    <message>
        <source>added per WinRM round trip</source>
        <translation>ajoutée à chaque aller-retour WinRM</translation>
    </message>
    <message>
        <source>run time each licensing product query adds (real ones are slow)</source>
        <translation>durée ajoutée par chaque requête de produit de licence (les vraies sont lentes)</translation>
    </message>
    <message>
        <source>shared WinRM HTTP port</source>
        <translation>port HTTP WinRM partagé</translation>
    </message>
    <message>
        <source>DNS server port</source>
        <translation>port du serveur DNS</translation>
    </message>
    <message>
        <source>also serve this capture (kms-wizard capture; or a shipped one by name: win10-client, ws2022-fresh-host, win7-ps2, no-publish-list) as a read-only lab machine; repeatable</source>
        <translation>servir aussi cette capture (kms-wizard capture&#x202f;; ou une capture fournie, par son nom&#xa0;: win10-client, ws2022-fresh-host, win7-ps2, no-publish-list) comme machine du laboratoire en lecture seule&#x202f;; répétable</translation>
    </message>
    <message>
        <source>seconds each activation runs on a machine; a status read meanwhile shows the state from before it</source>
        <translation>durée en secondes de chaque activation sur une machine&#x202f;; une lecture de l’état pendant ce temps montre l’état d’avant</translation>
    </message>
    <message>
        <source>chance (0 to 1) that a change is cut by a restart of the machine</source>
        <translation>probabilité (de 0 à 1) qu’une modification soit interrompue par un redémarrage de la machine</translation>
    </message>
    <message>
        <source>seconds a restarting machine stays unreachable</source>
        <translation>durée en secondes pendant laquelle une machine qui redémarre reste injoignable</translation>
    </message>
    <message>
        <source>chance (0 to 1) that the connection of a change is lost</source>
        <translation>probabilité (de 0 à 1) que la connexion d’une modification soit perdue</translation>
    </message>
    <message>
        <source>seed of the restarts and lost connections</source>
        <translation>graine des redémarrages et des connexions perdues</translation>
    </message>
    <message>
        <source>append one JSON line per operation the lab executes to FILE</source>
        <translation>ajouter à FILE une ligne JSON par opération exécutée par le laboratoire</translation>
    </message>
    <message>
        <source>check the catalog, scripts and translations of this installation</source>
        <translation>vérifier le catalogue, les scripts et les traductions de cette installation</translation>
    </message>
    <message>
        <source>transport</source>
        <translation>mode de connexion</translation>
    </message>
    <message>
        <source>run on this computer with powershell.exe (Windows only)</source>
        <translation>exécuter sur cet ordinateur avec powershell.exe (Windows uniquement)</translation>
    </message>
    <message>
        <source>run on a remote machine over WinRM (the default)</source>
        <translation>exécuter sur une machine distante via WinRM (par défaut)</translation>
    </message>
    <message>
        <source>start the simulated lab in-process and target its machines by name</source>
        <translation>démarrer le laboratoire simulé dans ce processus et cibler ses machines par leur nom</translation>
    </message>
    <message>
        <source>the story of the --lab lab: current (a Windows Server 2022 KMS host, the default) or legacy-2008r2 (a Windows Server 2008 R2 host with Server Group A/B/C keys)</source>
        <translation>le scénario du laboratoire de --lab&#xa0;: current (un hôte KMS sous Windows Server 2022, par défaut) ou legacy-2008r2 (un hôte sous Windows Server 2008 R2 avec les clés des groupes de serveurs A/B/C)</translation>
    </message>
    <message>
        <source>WinRM over HTTPS (5986)</source>
        <translation>WinRM sur HTTPS (5986)</translation>
    </message>
    <message>
        <source>WinRM over HTTP (5985, the default), every message encrypted by NTLM</source>
        <translation>WinRM sur HTTP (5985, par défaut), chaque message chiffré par NTLM</translation>
    </message>
    <message>
        <source>the WinRM endpoint, if not standard</source>
        <translation>le point de terminaison WinRM, s’il n’est pas standard</translation>
    </message>
    <message>
        <source>authentication: negotiate (NTLM, the default), ntlm or basic</source>
        <translation>authentification&#xa0;: negotiate (NTLM, par défaut), ntlm ou basic</translation>
    </message>
    <message>
        <source>account (DOMAIN\user or user@domain)</source>
        <translation>compte (DOMAINE\utilisateur ou utilisateur@domaine)</translation>
    </message>
    <message>
        <source>take the password from the OS keyring entry NAME</source>
        <translation>prendre le mot de passe dans l’entrée NAME du trousseau du système</translation>
    </message>
    <message>
        <source>read the password from standard input</source>
        <translation>lire le mot de passe sur l’entrée standard</translation>
    </message>
    <message>
        <source>PEM file of the CA(s) to trust for HTTPS</source>
        <translation>fichier PEM des autorités de certification approuvées pour HTTPS</translation>
    </message>
    <message>
        <source>do NOT validate the HTTPS certificate (exposes the password; a warning is shown)</source>
        <translation>ne PAS valider le certificat HTTPS (expose le mot de passe&#x202f;; un avertissement s’affiche)</translation>
    </message>
    <message>
        <source>deadline per machine in seconds (default %(default)s)</source>
        <translation>délai maximal par machine en secondes (%(default)s par défaut)</translation>
    </message>
    <message>
        <source>host names or IP addresses</source>
        <translation>noms d’hôtes ou adresses IP</translation>
    </message>
    <message>
        <source>inventory</source>
        <translation>inventaire</translation>
    </message>
    <message>
        <source>a host list (one per line) or CSV</source>
        <translation>une liste d’hôtes (un par ligne) ou un CSV</translation>
    </message>
    <message>
        <source>how to read --hosts (auto: CSV for .csv/.tsv names)</source>
        <translation>comment lire --hosts (auto&#xa0;: CSV pour les noms en .csv/.tsv)</translation>
    </message>
    <message>
        <source>the CSV column with host names (name or 1-based number)</source>
        <translation>la colonne CSV des noms d’hôtes (nom ou numéro à partir de 1)</translation>
    </message>
    <message>
        <source>an address range</source>
        <translation>une plage d’adresses</translation>
    </message>
    <message>
        <source>Active Directory: ldaps://dc01.example.com</source>
        <translation>Active Directory&#xa0;: ldaps://dc01.example.com</translation>
    </message>
    <message>
        <source>search base: OU=Clients,DC=example,DC=com</source>
        <translation>base de recherche&#xa0;: OU=Clients,DC=example,DC=com</translation>
    </message>
    <message>
        <source>computer name filter (the name, as PC-01, not the DNS name), * as wildcard</source>
        <translation>filtre sur le nom d’ordinateur (le nom, comme PC-01, pas le nom DNS), * comme joker</translation>
    </message>
    <message>
        <source>also take the computers whose account is disabled in the directory</source>
        <translation>prendre aussi les ordinateurs dont le compte est désactivé dans l’annuaire</translation>
    </message>
    <message>
        <source>activation via Active Directory (ADBA)</source>
        <translation>activation via Active Directory (ADBA)&#xa0;: les objets d’activation de la forêt</translation>
    </message>
    <message>
        <source>check that the forest&apos;s schema can hold activation objects</source>
        <translation>vérifier que le schéma de la forêt peut contenir des objets d’activation</translation>
    </message>
    <message>
        <source>list the forest&apos;s activation objects</source>
        <translation>lister les objets d’activation de la forêt</translation>
    </message>
    <message>
        <source>remove one activation object (asks first)</source>
        <translation>supprimer un objet d’activation (demande d’abord)</translation>
    </message>
    <message>
        <source>its name, or its distinguished name</source>
        <translation>son nom, ou son nom distinctif</translation>
    </message>
    <message>
        <source>which of the domain&apos;s computers still need a KMS host</source>
        <translation>quels ordinateurs du domaine ont encore besoin d’un hôte KMS</translation>
    </message>
    <message>
        <source>search base (default: the whole domain)</source>
        <translation>base de recherche (par défaut&#xa0;: tout le domaine)</translation>
    </message>
    <message>
        <source>activate the forest online through a domain-joined machine</source>
        <translation>activer la forêt en ligne par une machine jointe au domaine</translation>
    </message>
    <message>
        <source>show the forest&apos;s Installation ID for phone activation</source>
        <translation>afficher l’ID d’installation de la forêt pour l’activation par téléphone</translation>
    </message>
    <message>
        <source>activate the forest with the Confirmation ID from the phone</source>
        <translation>activer la forêt avec l’ID de confirmation obtenu par téléphone</translation>
    </message>
    <message>
        <source>a domain-joined Windows Server 2012 (or later), best a DC</source>
        <translation>un Windows Server 2012 (ou plus récent) joint au domaine, de préférence un contrôleur de domaine</translation>
    </message>
    <message>
        <source>the activation object&apos;s name</source>
        <translation>le nom de l’objet d’activation</translation>
    </message>
    <message>
        <source>the Confirmation ID (48 digits, blocks allowed)</source>
        <translation>l’ID de confirmation (48 chiffres, blocs acceptés)</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>annuaire</translation>
    </message>
    <message>
        <source>a domain controller: ldaps://dc01.example.com</source>
        <translation>un contrôleur de domaine&#xa0;: ldaps://dc01.example.com</translation>
    </message>
    <message>
        <source>bind as DN, user@domain or DOMAIN\user</source>
        <translation>se lier en tant que DN, utilisateur@domaine ou DOMAINE\utilisateur</translation>
    </message>
    <message>
        <source>directory password from the keyring</source>
        <translation>mot de passe de l’annuaire pris dans le trousseau</translation>
    </message>
    <message>
        <source>read the directory password from standard input</source>
        <translation>lire le mot de passe de l’annuaire sur l’entrée standard</translation>
    </message>
    <message>
        <source>confirm the change without asking</source>
        <translation>confirmer la modification sans demander</translation>
    </message>
    <message>
        <source>read the host key (CSVLK) from standard input</source>
        <translation>lire la clé d’hôte (CSVLK) sur l’entrée standard</translation>
    </message>
    <message>
        <source>take the host key from the keyring</source>
        <translation>prendre la clé d’hôte dans le trousseau</translation>
    </message>
    <message>
        <source>read the directory password from standard input (after the WinRM password)</source>
        <translation>lire le mot de passe de l’annuaire sur l’entrée standard (après le mot de passe WinRM)</translation>
    </message>
    <message>
        <source>operatingSystem filter: *Windows 10*</source>
        <translation>filtre sur operatingSystem&#xa0;: *Windows 10*</translation>
    </message>
    <message>
        <source>StartTLS on an ldap:// URL</source>
        <translation>StartTLS sur une URL ldap://</translation>
    </message>
    <message>
        <source>CA file for the directory&apos;s certificate</source>
        <translation>fichier de l’autorité de certification du certificat de l’annuaire</translation>
    </message>
    <message>
        <source>every machine of the simulated lab (with --lab)</source>
        <translation>toutes les machines du laboratoire simulé (avec --lab)</translation>
    </message>
    <message>
        <source>confirm without asking (large ranges, conversions)</source>
        <translation>confirmer sans demander (grandes plages, conversions)</translation>
    </message>
    <message>
        <source>the journal database (default: journal.sqlite3 in the user data folder)</source>
        <translation>la base du journal (par défaut&#xa0;: journal.sqlite3 dans le dossier de données de l’utilisateur)</translation>
    </message>
    <message>
        <source>read the licensing state of many machines (MAK, KMS, grace, errors)</source>
        <translation>lire l’état de licence de nombreuses machines (MAK, KMS, grâce, erreurs)</translation>
    </message>
    <message>
        <source>Scan machines over WinRM in parallel; every result goes to the journal.</source>
        <translation>Analyser des machines en parallèle par WinRM&#x202f;; chaque résultat est consigné dans le journal.</translation>
    </message>
    <message>
        <source>hosts scanned at once (default 32, at most 256)</source>
        <translation>hôtes analysés en même temps (32 par défaut, 256 au plus)</translation>
    </message>
    <message>
        <source>count activations ending within N days (default 30)</source>
        <translation>compter les activations qui prennent fin dans N jours au plus (30 par défaut)</translation>
    </message>
    <message>
        <source>write the results as CSV</source>
        <translation>écrire les résultats au format CSV</translation>
    </message>
    <message>
        <source>write the JSON report to a file</source>
        <translation>écrire le rapport JSON dans un fichier</translation>
    </message>
    <message>
        <source>list the scans in the journal</source>
        <translation>lister les analyses du journal</translation>
    </message>
    <message>
        <source>what changed (since the previous scan)</source>
        <translation>ce qui a changé (depuis l’analyse précédente)</translation>
    </message>
    <message>
        <source>read the product key from standard input</source>
        <translation>lire la clé de produit sur l’entrée standard</translation>
    </message>
    <message>
        <source>take the product key from the keyring</source>
        <translation>prendre la clé de produit dans le trousseau</translation>
    </message>
    <message>
        <source>put the edition&apos;s KMS client setup key (GVLK) back instead</source>
        <translation>remettre plutôt la clé d’installation du client KMS (GVLK) de l’édition</translation>
    </message>
    <message>
        <source>confirm replacing a key that is already installed</source>
        <translation>confirmer le remplacement d’une clé déjà installée</translation>
    </message>
    <message>
        <source>DNS check</source>
        <translation>Vérification DNS</translation>
    </message>
    <message>
        <source>DNS server to ask (default: the lab&apos;s with --lab, else this computer&apos;s)</source>
        <translation>serveur DNS à interroger (par défaut&#xa0;: celui du laboratoire avec --lab, sinon celui de cet ordinateur)</translation>
    </message>
    <message>
        <source>port of the zone&apos;s authoritative servers</source>
        <translation>port des serveurs faisant autorité pour la zone</translation>
    </message>
    <message>
        <source>DNS check budget (s)</source>
        <translation>durée maximale de la vérification DNS (s)</translation>
    </message>
    <message>
        <source>skip the DNS check</source>
        <translation>ne pas faire la vérification DNS</translation>
    </message>
    <message>
        <source>key group id (server-c, ws2022, win10…)</source>
        <translation>identifiant du groupe de clés (server-c, ws2022, win10…)</translation>
    </message>
    <message>
        <source>Office version (repeat)</source>
        <translation>version d’Office (répétable)</translation>
    </message>
    <message>
        <source>windows (default), an Office version (2010, 2016…) or an Office Activation ID</source>
        <translation>windows (par défaut), une version d’Office (2010, 2016…) ou un ID d’activation Office</translation>
    </message>
    <message>
        <source>the Confirmation ID (48 digits, 8 blocks)</source>
        <translation>l’ID de confirmation (48 chiffres, 8 blocs)</translation>
    </message>
    <message>
        <source>read it from standard input</source>
        <translation>le lire sur l’entrée standard</translation>
    </message>
    <message>
        <source>activate the Office host key online</source>
        <translation>activer la clé d’hôte Office en ligne</translation>
    </message>
    <message>
        <source>listening port (1–65535; default 1688)</source>
        <translation>port d’écoute (1–65535&#x202f;; 1688 par défaut)</translation>
    </message>
    <message>
        <source>KMS service priority</source>
        <translation>priorité du service KMS</translation>
    </message>
    <message>
        <source>retry interval, 15–43200</source>
        <translation>intervalle de nouvelle tentative, 15–43200</translation>
    </message>
    <message>
        <source>renewal interval, 15–43200</source>
        <translation>intervalle de renouvellement, 15–43200</translation>
    </message>
    <message>
        <source>the port (default: the listening port)</source>
        <translation>le port (par défaut&#xa0;: le port d’écoute)</translation>
    </message>
    <message>
        <source>network profile (repeat; default: domain on a domain member, else private)</source>
        <translation>profil réseau (à répéter&#x202f;; par défaut&#xa0;: domain sur un membre du domaine, sinon private)</translation>
    </message>
    <message>
        <source>open the KMS port (SPPSVC-In-TCP-NoScope for Domain, SPPSVC-In-TCP for Private+Public, or the wizard&apos;s own rules), read back what is in force, test it</source>
        <translation>ouvrir le port KMS (SPPSVC-In-TCP-NoScope pour Domaine, SPPSVC-In-TCP pour Privé+Public, ou les règles propres à l’assistant), relire ce qui est en vigueur, le tester</translation>
    </message>
    <message>
        <source>disable the rule instead</source>
        <translation>désactiver la règle à la place</translation>
    </message>
    <message>
        <source>publish SRV records</source>
        <translation>publier les enregistrements SRV</translation>
    </message>
    <message>
        <source>stop publishing</source>
        <translation>arrêter la publication</translation>
    </message>
    <message>
        <source>also publish in this DNS domain (DnsDomainPublishList; repeat)</source>
        <translation>publier aussi dans ce domaine DNS (DnsDomainPublishList&#x202f;; répétable)</translation>
    </message>
    <message>
        <source>do not restart the Software Protection service to publish at once</source>
        <translation>ne pas redémarrer le service de protection logicielle pour publier immédiatement</translation>
    </message>
    <message>
        <source>what the machine is: OS and edition (catalog), domain, addresses, rights, PowerShell, clock, Windows key, KMS service, Office and its packs</source>
        <translation>ce qu’est la machine&#xa0;: système et édition (catalogue), domaine, adresses, droits, PowerShell, horloge, clé Windows, service KMS, Office et ses packs</translation>
    </message>
    <message>
        <source>may this machine become the KMS host for a key group (and Office versions)?</source>
        <translation>cette machine peut-elle devenir l’hôte KMS d’un groupe de clés (et de versions d’Office)&#x202f;?</translation>
    </message>
    <message>
        <source>install the KMS host key (refuses GVLKs; --yes to replace an installed key)</source>
        <translation>installer la clé d’hôte KMS (refuse les GVLK&#x202f;; --yes pour remplacer une clé installée)</translation>
    </message>
    <message>
        <source>activate the host key online (never twice)</source>
        <translation>activer la clé d’hôte en ligne (jamais deux fois)</translation>
    </message>
    <message>
        <source>show the Installation ID for phone activation</source>
        <translation>afficher l’ID d’installation pour l’activation par téléphone</translation>
    </message>
    <message>
        <source>deposit the Confirmation ID from the activation centre</source>
        <translation>valider l’ID de confirmation donné par le centre d’activation</translation>
    </message>
    <message>
        <source>Office: volume license packs, Office host key, activation</source>
        <translation>Office&#xa0;: packs de licences en volume, clé d’hôte Office, activation</translation>
    </message>
    <message>
        <source>KMS service options: listening port (restart + connection test), priority, intervals</source>
        <translation>options du service KMS&#xa0;: port d’écoute (redémarrage + test de connexion), priorité, intervalles</translation>
    </message>
    <message>
        <source>SRV publishing on/off, DnsDomainPublishList, then the DNS check</source>
        <translation>publication SRV oui/non, DnsDomainPublishList, puis la vérification DNS</translation>
    </message>
    <message>
        <source>the count against 25 / 5 / 5, what is missing, request counters, explanations</source>
        <translation>le décompte face à 25 / 5 / 5, ce qui manque, compteurs de demandes, explications</translation>
    </message>
    <message>
        <source>run one step on one machine (this computer, over WinRM, or in the lab)</source>
        <translation>exécuter une étape sur une machine (cet ordinateur, par WinRM ou dans le laboratoire)</translation>
    </message>
    <message>
        <source>the machine</source>
        <translation>la machine</translation>
    </message>
    <message>
        <source>render every wizard page offscreen against the simulated lab, as PNG files</source>
        <translation>afficher hors écran chaque page de l’assistant face au laboratoire simulé, en fichiers PNG</translation>
    </message>
    <message>
        <source>Walk the wizard through the simulated lab and save each page as a PNG.</source>
        <translation>Parcourt l’assistant dans le laboratoire simulé et enregistre chaque page en PNG.</translation>
    </message>
    <message>
        <source>folder for the PNG files</source>
        <translation>dossier des fichiers PNG</translation>
    </message>
    <message>
        <source>language of the pages (default: English, or the global --lang; pseudo: stretched texts)</source>
        <translation>langue des pages (par défaut&#xa0;: l’anglais, ou le --lang global&#x202f;; pseudo&#xa0;: textes allongés)</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, not “%3”</source>
        <translation>un nombre entier de %1 à %2 est attendu, et non «&#x202f;%3&#x202f;»</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2, not “%3”</source>
        <translation>un nombre de %1 à %2 est attendu, et non «&#x202f;%3&#x202f;»</translation>
    </message>
    <message>
        <source>list the machines scan and convert would contact, without contacting them</source>
        <translation>lister les machines que les commandes «&#x202f;scan&#x202f;» et «&#x202f;convert&#x202f;» contacteraient, sans les contacter</translation>
    </message>
    <message>
        <source>Print the hosts the inventory options name (with --ad: each computer&apos;s operating system, OU and account state); no machine is contacted.</source>
        <translation>Affiche les hôtes que désignent les options d’inventaire (avec --ad&#xa0;: le système d’exploitation, l’UO et l’état du compte de chaque ordinateur)&#x202f;; aucune machine n’est contactée.</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Office %1</source>
        <translation>Office %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>ComputerList</name>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (désactivé)</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Système d’exploitation</translation>
    </message>
    <message>
        <source>OU</source>
        <translation>UO</translation>
    </message>
    <message>
        <source>Computers found in the directory</source>
        <translation>Ordinateurs trouvés dans l’annuaire</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Yes, go ahead</source>
        <translation>Oui, continuer</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>Type the host&apos;s name or IP address (no spaces).</source>
        <translation>Saisissez le nom ou l’adresse IP de l’hôte (sans espaces).</translation>
    </message>
    <message>
        <source>The WinRM address must start with http:// or https://, such as https://kms01.example.com:5986/wsman.</source>
        <translation>L’adresse WinRM doit commencer par http:// ou https://, par exemple https://kms01.example.com:5986/wsman.</translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>Le fichier d’autorité de certification %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected to %1: the host answered.</source>
        <translation>Connecté à %1&#xa0;: l’hôte a répondu.</translation>
    </message>
    <message>
        <source>How the wizard reaches the host over WinRM.</source>
        <translation>Comment l’assistant joint l’hôte par WinRM.</translation>
    </message>
    <message>
        <source>Use an account that is an administrator of the host. A stock Windows Server listens for WinRM over HTTP only (port 5985); HTTPS (port 5986) needs a certificate and “winrm quickconfig -transport:https” or a group policy. Windows client editions have no listener until “winrm quickconfig” or a group policy enables one. HTTP is safe here: Negotiate (NTLM) encrypts every message. HTTPS is checked against the host&apos;s certificate.</source>
        <translation>Utilisez un compte administrateur de l’hôte. Un Windows Server standard n’écoute WinRM qu’en HTTP (port 5985)&#x202f;; HTTPS (port 5986) exige un certificat et «&#x202f;winrm quickconfig -transport:https&#x202f;» ou une stratégie de groupe. Les éditions clientes de Windows n’ont aucun écouteur tant que «&#x202f;winrm quickconfig&#x202f;» ou une stratégie de groupe n’en a pas activé un. Le HTTP est sûr ici&#xa0;: Negotiate (NTLM) chiffre chaque message. En HTTPS, le certificat de l’hôte est vérifié.</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protocole&#xa0;:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentification&#xa0;:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>CA file (HTTPS):</source>
        <translation>Fichier d’AC (HTTPS)&#xa0;:</translation>
    </message>
    <message>
        <source>kms01.example.com</source>
        <translation>kms01.exemple.fr</translation>
    </message>
    <message>
        <source>EXAMPLE\administrator</source>
        <translation>EXEMPLE\administrateur</translation>
    </message>
    <message>
        <source>HTTPS (port 5986)</source>
        <translation>HTTPS (port 5986)</translation>
    </message>
    <message>
        <source>HTTP with message encryption (port 5985)</source>
        <translation>HTTP avec chiffrement des messages (port 5985)</translation>
    </message>
    <message>
        <source>Negotiate (NTLM)</source>
        <translation>Negotiate (NTLM)</translation>
    </message>
    <message>
        <source>NTLM</source>
        <translation>NTLM</translation>
    </message>
    <message>
        <source>Basic (local accounts, HTTPS only)</source>
        <translation>Basic (comptes locaux, HTTPS uniquement)</translation>
    </message>
    <message>
        <source>Remember the password in the keyring</source>
        <translation>Mémoriser le mot de passe dans le trousseau</translation>
    </message>
    <message>
        <source>No safe keyring is available on this computer: the password is asked for each time and never written anywhere.</source>
        <translation>Aucun trousseau sûr n’est disponible sur cet ordinateur&#xa0;: le mot de passe est demandé à chaque fois et n’est jamais écrit nulle part.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>WinRM address:</source>
        <translation>Adresse WinRM&#xa0;:</translation>
    </message>
    <message>
        <source>empty: the standard address for the host and protocol</source>
        <translation>vide&#xa0;: l’adresse standard pour l’hôte et le protocole</translation>
    </message>
    <message>
        <source>Do not verify the host&apos;s certificate (insecure)</source>
        <translation>Ne pas vérifier le certificat de l’hôte (non sécurisé)</translation>
    </message>
    <message>
        <source>Without verification, whoever sits between this computer and the host can read the password. Use it only on a network you trust, for a first test.</source>
        <translation>Sans vérification, quiconque se trouve entre cet ordinateur et l’hôte peut lire le mot de passe. À n’utiliser que sur un réseau de confiance, pour un premier essai.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>What the host reported</source>
        <translation>Ce que l’hôte a indiqué</translation>
    </message>
</context>
<context>
    <name>Conversion</name>
    <message>
        <source>Choose either an explicit KMS host or DNS discovery, not both.</source>
        <translation>Choisissez soit un hôte KMS explicite, soit la découverte par DNS, mais pas les deux.</translation>
    </message>
    <message>
        <source>A KMS host setting applies only to a conversion to KMS.</source>
        <translation>Un réglage d’hôte KMS ne s’applique qu’à une conversion vers KMS.</translation>
    </message>
    <message>
        <source>The MAK label must be a non-empty name.</source>
        <translation>Le libellé de la clé MAK doit être un nom non vide.</translation>
    </message>
    <message>
        <source>Choose either an explicit KMS host or a KMS lookup domain, not both: an explicit host overrides the lookup domain.</source>
        <translation>Choisissez soit un hôte KMS explicite, soit un domaine de recherche KMS, pas les deux&#xa0;: un hôte explicite l’emporte sur le domaine de recherche.</translation>
    </message>
    <message>
        <source>The KMS lookup domain must be a DNS domain name such as corp.example.com.</source>
        <translation>Le domaine de recherche KMS doit être un nom de domaine DNS, par exemple corp.example.com.</translation>
    </message>
    <message>
        <source>Already a KMS client: nothing to do.</source>
        <translation>Déjà client KMS&#xa0;: rien à faire.</translation>
    </message>
    <message>
        <source>Already a KMS client: only its KMS host setting changes.</source>
        <translation>Déjà client KMS&#xa0;: seul son réglage d’hôte KMS change.</translation>
    </message>
    <message>
        <source>Already activated with a MAK. Activating it again would use up one of the MAK&apos;s activations, so it is left as it is.</source>
        <translation>Déjà activé avec une clé MAK. Le réactiver consommerait l’une des activations de la clé MAK&#xa0;: il est donc laissé tel quel.</translation>
    </message>
    <message>
        <source>Already holds a MAK but is not activated: it will only be activated.</source>
        <translation>Possède déjà une clé MAK mais n’est pas activé&#xa0;: il sera seulement activé.</translation>
    </message>
    <message>
        <source>The edition of “%1” could not be identified (evaluation and Home editions have no KMS client key), so it cannot be converted to KMS.</source>
        <translation>L’édition de «&#x202f;%1&#x202f;» n’a pas pu être identifiée (les éditions d’évaluation et Famille n’ont pas de clé d’installation du client KMS)&#xa0;: il ne peut donc pas être converti vers KMS.</translation>
    </message>
    <message>
        <source>The catalog has no KMS client key (GVLK) for %1: this edition cannot be activated by KMS.</source>
        <translation>Le catalogue ne contient pas de clé d’installation du client KMS (GVLK) pour %1&#xa0;: cette édition ne peut pas être activée par KMS.</translation>
    </message>
    <message>
        <source>No MAK was chosen for “%1”.</source>
        <translation>Aucune clé MAK n’a été choisie pour «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>Left on KMS: no MAK was chosen for this Office edition.</source>
        <translation>Laissé en KMS&#xa0;: aucune clé MAK n’a été choisie pour cette édition d’Office.</translation>
    </message>
    <message>
        <source>This product holds a KMS host key: the machine is a KMS host and is not converted.</source>
        <translation>Ce produit possède une clé d’hôte KMS&#xa0;: la machine est un hôte KMS et n’est pas convertie.</translation>
    </message>
    <message>
        <source>Licensed with a retail or OEM key, not a volume licence: converting it would replace a licence that was bought with it, so it is left as it is.</source>
        <translation>Sous licence avec une clé commerciale ou OEM, et non une licence en volume&#xa0;: le convertir remplacerait une licence achetée avec lui, il est donc laissé tel quel.</translation>
    </message>
    <message>
        <source>A time-based (evaluation or subscription) licence: it is left as it is.</source>
        <translation>Une licence limitée dans le temps (évaluation ou abonnement)&#xa0;: elle est laissée telle quelle.</translation>
    </message>
    <message>
        <source>Activated by its Hyper-V host (automatic virtual machine activation): it is left as it is.</source>
        <translation>Activé par son hôte Hyper-V (activation automatique de machine virtuelle)&#xa0;: il est laissé tel quel.</translation>
    </message>
    <message>
        <source>The licence channel could not be determined, so the product is left as it is.</source>
        <translation>Le canal de licence n’a pas pu être déterminé&#xa0;: le produit est donc laissé tel quel.</translation>
    </message>
    <message>
        <source>An add-on licence (such as Extended Security Updates): it is left as it is.</source>
        <translation>Une licence complémentaire (comme les mises à jour de sécurité étendues, ESU)&#xa0;: elle est laissée telle quelle.</translation>
    </message>
    <message>
        <source>No product key is installed for this product.</source>
        <translation>Aucune clé de produit n’est installée pour ce produit.</translation>
    </message>
    <message>
        <source>Neither Windows nor Office: the wizard does not convert it.</source>
        <translation>Ni Windows ni Office&#xa0;: l’assistant ne le convertit pas.</translation>
    </message>
    <message>
        <source>%1 runs the older Software Licensing service (slsvc), which the wizard can read but not change: nothing on this machine is converted. Change it by hand (slmgr.vbs), or upgrade it.</source>
        <translation>%1 utilise l’ancien service de licences logicielles (slsvc), que l’assistant peut lire mais pas modifier&#xa0;: rien n’est converti sur cette machine. Modifiez-la à la main (slmgr.vbs), ou mettez-la à niveau.</translation>
    </message>
    <message>
        <source>Set the KMS host to %1 (DNS discovery is then not used).</source>
        <translation>Définir l’hôte KMS sur %1 (la découverte par DNS n’est alors plus utilisée).</translation>
    </message>
    <message>
        <source>Clear the KMS host setting so that the machine finds its KMS host through DNS.</source>
        <translation>Effacer le réglage d’hôte KMS pour que la machine trouve son hôte KMS par le DNS.</translation>
    </message>
    <message>
        <source>Look up the KMS host in the DNS domain %1 (its _vlmcs._tcp records).</source>
        <translation>Rechercher l’hôte KMS dans le domaine DNS %1 (ses enregistrements _vlmcs._tcp).</translation>
    </message>
    <message>
        <source>Install the KMS client key %1 for %2.</source>
        <translation>Installer la clé d’installation du client KMS %1 pour %2.</translation>
    </message>
    <message>
        <source>Install the MAK “%1” for %2.</source>
        <translation>Installer la clé MAK «&#x202f;%1&#x202f;» pour %2.</translation>
    </message>
    <message>
        <source>Activate %1.</source>
        <translation>Activer %1.</translation>
    </message>
    <message>
        <source>Read the licensing state again to verify the result.</source>
        <translation>Relire l’état de licence pour vérifier le résultat.</translation>
    </message>
</context>
<context>
    <name>ConvertCommand</name>
    <message>
        <source>Plan (%1): %2 host(s) to change, %3 product(s) to convert, %4 to activate only, %5 left alone, %6 that cannot be converted, %7 host(s) not read.</source>
        <translation>Plan (%1)&#xa0;: %2 hôte(s) à modifier, %3 produit(s) à convertir, %4 à activer seulement, %5 laissé(s) tel(s) quel(s), %6 impossible(s) à convertir, %7 hôte(s) non lu(s).</translation>
    </message>
    <message>
        <source>MAK to KMS</source>
        <translation>MAK vers KMS</translation>
    </message>
    <message>
        <source>KMS to MAK</source>
        <translation>KMS vers MAK</translation>
    </message>
    <message>
        <source>  %1. %2</source>
        <translation>  %1. %2</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to change on %n host(s): %1.</source>
        <translation>
            <numerusform>Rien à modifier sur %n hôte&#xa0;: %1.</numerusform>
            <numerusform>Rien à modifier sur %n hôtes&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not read — %2</source>
        <translation>%1&#xa0;: non lu — %2</translation>
    </message>
    <message numerus="yes">
        <source>Change %n host(s) as planned above? Type “yes” to go ahead: </source>
        <translation>
            <numerusform>Modifier %n hôte comme prévu ci-dessus&#x202f;? Tapez «&#x202f;oui&#x202f;» pour continuer&#xa0;: </numerusform>
            <numerusform>Modifier %n hôtes comme prévu ci-dessus&#x202f;? Tapez «&#x202f;oui&#x202f;» pour continuer&#xa0;: </numerusform>
        </translation>
    </message>
    <message>
        <source>yes,y</source>
        <translation>oui,o</translation>
    </message>
    <message>
        <source>Not confirmed: nothing was changed.</source>
        <translation>Non confirmé&#xa0;: rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Confirmation needed and no terminal to ask on: add --yes to convert as planned (nothing was changed).</source>
        <translation>Confirmation nécessaire et aucun terminal pour la demander&#xa0;: ajoutez --yes pour convertir comme prévu (rien n’a été modifié).</translation>
    </message>
    <message>
        <source>Nothing to convert.</source>
        <translation>Rien à convertir.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Simulation&#xa0;: rien n’a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) that the KMS host cannot activate are left as they are; --include-uncovered converts them anyway (a MAK product then ends in its grace period).</source>
        <translation>
            <numerusform>%n produit que l’hôte KMS ne peut pas activer reste tel quel&#x202f;; --include-uncovered le convertit quand même (un produit MAK finit alors en période de grâce).</numerusform>
            <numerusform>%n produits que l’hôte KMS ne peut pas activer restent tels quels&#x202f;; --include-uncovered les convertit quand même (un produit MAK finit alors en période de grâce).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 — %2: failed — %3</source>
        <translation>%1 — %2&#xa0;: échec — %3</translation>
    </message>
    <message>
        <source>%1 — %2: waiting for the KMS host&apos;s count (%3); the client retries by itself</source>
        <translation>%1 — %2&#xa0;: en attente du décompte de l’hôte KMS (%3)&#x202f;; le client réessaie de lui-même</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>sauté</translation>
    </message>
    <message>
        <source>already in effect (checked again)</source>
        <translation>déjà en vigueur (vérifié de nouveau)</translation>
    </message>
    <message>
        <source>%1: %2 — %3, %4</source>
        <translation>%1&#xa0;: %2 — %3, %4</translation>
    </message>
    <message>
        <source>converted</source>
        <translation>converti</translation>
    </message>
    <message>
        <source>not fully converted</source>
        <translation>pas entièrement converti</translation>
    </message>
    <message>
        <source>converted, activation pending</source>
        <translation>converti, activation en attente</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Run %1: %2 host(s) converted, %3 pending activation, %4 with problems.</source>
        <translation>Conversion %1&#xa0;: %2 hôte(s) converti(s), %3 en attente d’activation, %4 avec des problèmes.</translation>
    </message>
    <message>
        <source>Run %1 is not finished: some hosts could not be read. Resume it later with “kms-wizard convert --resume %1”.</source>
        <translation>La conversion %1 n’est pas terminée&#xa0;: certains hôtes n’ont pas pu être lus. Reprenez-la plus tard avec «&#x202f;kms-wizard convert --resume %1&#x202f;».</translation>
    </message>
    <message>
        <source>Run %1 was cancelled; the hosts not started were left as they were.</source>
        <translation>La conversion %1 a été annulée&#x202f;; les hôtes non commencés ont été laissés tels quels.</translation>
    </message>
    <message>
        <source>Resuming conversion run %1.</source>
        <translation>Reprise de la conversion %1.</translation>
    </message>
    <message>
        <source>Run %1 is not finished: a bug stopped some hosts. Resume it with “kms-wizard convert --resume %1” (the steps already done are checked, not repeated).</source>
        <translation>La conversion %1 n’est pas terminée&#xa0;: un bogue a arrêté certains hôtes. Reprenez-la avec «&#x202f;kms-wizard convert --resume %1&#x202f;» (les étapes déjà faites sont vérifiées, pas répétées).</translation>
    </message>
    <message>
        <source>Debug log: %1</source>
        <translation>Journal de débogage&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: the interrupted MAK activation may still be running; reading the machine again for up to %2 s before sending it again (each activation sent spends one of the MAK&apos;s).</source>
        <translation>%1&#xa0;: l’activation MAK interrompue est peut-être encore en cours&#x202f;; la machine est relue pendant %2 s au plus avant de la renvoyer (chaque activation envoyée consomme une des activations de la clé MAK).</translation>
    </message>
    <message>
        <source>Putting back what run %1 changed where it left a product unlicensed.</source>
        <translation>Rétablissement de ce que l’exécution %1 a changé là où elle a laissé un produit sans licence.</translation>
    </message>
    <message numerus="yes">
        <source>Each MAK activation spends one of the MAK&apos;s activations: this plan spends %n activation(s) of “%1”.</source>
        <translation>
            <numerusform>Chaque activation par MAK consomme une des activations de la MAK&#xa0;: ce plan consomme %n activation de «&#x202f;%1&#x202f;».</numerusform>
            <numerusform>Chaque activation par MAK consomme une des activations de la MAK&#xa0;: ce plan consomme %n activations de «&#x202f;%1&#x202f;».</numerusform>
        </translation>
    </message>
    <message>
        <source>--undo puts back a recorded run: leave out the machines, --to and --resume.</source>
        <translation>--undo rétablit une exécution enregistrée&#xa0;: n’indiquez ni les machines, ni --to, ni --resume.</translation>
    </message>
    <message>
        <source>Choose the direction with --to kms or --to mak.</source>
        <translation>Choisissez le sens avec --to kms ou --to mak.</translation>
    </message>
    <message>
        <source>A conversion to MAK needs the keyring label of the MAK: --mak LABEL (and --office-mak EDITION=LABEL for Office).</source>
        <translation>Une conversion vers MAK demande le nom de la MAK dans le trousseau&#xa0;: --mak NOM (et --office-mak ÉDITION=NOM pour Office).</translation>
    </message>
    <message>
        <source>--mak and --office-mak apply only to --to mak.</source>
        <translation>--mak et --office-mak ne s’appliquent qu’à --to mak.</translation>
    </message>
    <message>
        <source>--office-mak takes EDITION=LABEL, e.g. office2021-proplus=office-mak; not “%1”.</source>
        <translation>--office-mak attend ÉDITION=NOM, par exemple office2021-proplus=office-mak&#x202f;; pas «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>“%1” is not an Office edition of the catalog.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas une édition d’Office du catalogue.</translation>
    </message>
    <message>
        <source>--resume continues a recorded run: leave out the machines and --to.</source>
        <translation>--resume poursuit une conversion enregistrée&#xa0;: retirez les machines et --to.</translation>
    </message>
    <message>
        <source>--from-scan takes the machines from a scan: leave out the other sources.</source>
        <translation>--from-scan reprend les machines d’une analyse&#xa0;: retirez les autres sources.</translation>
    </message>
    <message>
        <source>The journal holds no scan %1.</source>
        <translation>Le journal ne contient pas d’analyse %1.</translation>
    </message>
    <message>
        <source>Scan %1 found no host with anything to convert %2.</source>
        <translation>L’analyse %1 n’a trouvé aucun hôte à convertir %2.</translation>
    </message>
    <message>
        <source>Name the machines: host names, --from-scan ID, --hosts FILE, or --lab-all with --lab.</source>
        <translation>Indiquez les machines&#xa0;: noms d’hôtes, --from-scan ID, --hosts FICHIER, ou --lab-all avec --lab.</translation>
    </message>
    <message>
        <source>Hosts converted</source>
        <translation>Hôtes convertis</translation>
    </message>
    <message>
        <source>Activation pending</source>
        <translation>Activation en attente</translation>
    </message>
    <message>
        <source>Hosts with problems</source>
        <translation>Hôtes avec des problèmes</translation>
    </message>
    <message>
        <source>Hosts by result</source>
        <translation>Hôtes par résultat</translation>
    </message>
    <message>
        <source>convert</source>
        <translation>convertir</translation>
    </message>
    <message>
        <source>activate only</source>
        <translation>activer seulement</translation>
    </message>
    <message>
        <source>change the KMS host</source>
        <translation>changer d’hôte KMS</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>rien à faire</translation>
    </message>
    <message>
        <source>left alone</source>
        <translation>laissé tel quel</translation>
    </message>
    <message>
        <source>cannot be converted</source>
        <translation>impossible à convertir</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <source>“%1” is not a directory address. Write ldaps://dc01.example.com or ldap://dc01.example.com:389.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas une adresse d’annuaire. Écrivez ldaps://dc01.example.com ou ldap://dc01.example.com:389.</translation>
    </message>
    <message>
        <source>“%1” is not a distinguished name. Write the search base like OU=Workstations,DC=example,DC=com.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas un nom distinctif. Écrivez la base de recherche comme OU=Workstations,DC=example,DC=com.</translation>
    </message>
    <message>
        <source>The filter “%1” cannot be used: it must be at most %2 printable characters.</source>
        <translation>Le filtre «&#x202f;%1&#x202f;» est inutilisable&#xa0;: il doit compter au plus %2 caractères imprimables.</translation>
    </message>
    <message>
        <source>The directory server %1 could not be reached: %2</source>
        <translation>Le serveur d’annuaire %1 est injoignable&#xa0;: %2</translation>
    </message>
    <message>
        <source>The directory server %1 rejected the user name or password.</source>
        <translation>Le serveur d’annuaire %1 a refusé le nom d’utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <source>The directory server %1 refused the account: it is locked out after too many wrong passwords.</source>
        <translation>Le serveur d’annuaire %1 a refusé le compte&#xa0;: il est verrouillé après trop de mots de passe erronés.</translation>
    </message>
    <message>
        <source>The directory server %1 refused the account: it is disabled.</source>
        <translation>Le serveur d’annuaire %1 a refusé le compte&#xa0;: il est désactivé.</translation>
    </message>
    <message>
        <source>The directory server %1 refused the account: it has expired.</source>
        <translation>Le serveur d’annuaire %1 a refusé le compte&#xa0;: il a expiré.</translation>
    </message>
    <message>
        <source>The directory server %1 refused the account: its password has expired.</source>
        <translation>Le serveur d’annuaire %1 a refusé le compte&#xa0;: son mot de passe a expiré.</translation>
    </message>
    <message>
        <source>The directory server %1 refused the account: its password must be changed before it can be used.</source>
        <translation>Le serveur d’annuaire %1 a refusé le compte&#xa0;: son mot de passe doit être changé avant de pouvoir s’en servir.</translation>
    </message>
    <message>
        <source>The directory server %1 refused the account: it may not sign in at this time or from this computer.</source>
        <translation>Le serveur d’annuaire %1 a refusé le compte&#xa0;: il n’est pas autorisé à ouvrir une session à cette heure ou depuis cet ordinateur.</translation>
    </message>
    <message>
        <source>The directory server %1 accepts this bind only over an encrypted or signed connection.</source>
        <translation>Le serveur d’annuaire %1 n’accepte cette liaison que sur une connexion chiffrée ou signée.</translation>
    </message>
    <message>
        <source>The directory server %1 closed the connection during the NTLM bind of a DOMAIN\user account: it does not accept NTLM binds (Samba domain controllers never do).</source>
        <translation>Le serveur d’annuaire %1 a fermé la connexion pendant la liaison NTLM d’un compte DOMAINE\utilisateur&#xa0;: il n’accepte pas les liaisons NTLM (les contrôleurs de domaine Samba ne les acceptent jamais).</translation>
    </message>
    <message>
        <source>The directory server %1 does not allow anonymous searches.</source>
        <translation>Le serveur d’annuaire %1 n’autorise pas les recherches anonymes.</translation>
    </message>
    <message>
        <source>The search base “%1” belongs to another domain: the directory server refers to %2, which was not contacted.</source>
        <translation>La base de recherche «&#x202f;%1&#x202f;» appartient à un autre domaine&#xa0;: le serveur d’annuaire renvoie vers %2, qui n’a pas été contacté.</translation>
    </message>
    <message>
        <source>The certificate of the directory server %1 is issued to %2, not to %3.</source>
        <translation>Le certificat du serveur d’annuaire %1 est émis pour %2, et non pour %3.</translation>
    </message>
    <message>
        <source>The directory server %1 does not speak TLS on port %2: it closed the connection at the start of the TLS handshake.</source>
        <translation>Le serveur d’annuaire %1 ne parle pas TLS sur le port %2&#xa0;: il a fermé la connexion au début de la négociation TLS.</translation>
    </message>
    <message>
        <source>The directory server %1 closed the connection: port %2 expects TLS from the first byte (LDAPS), not plain LDAP.</source>
        <translation>Le serveur d’annuaire %1 a fermé la connexion&#xa0;: le port %2 attend du TLS dès le premier octet (LDAPS), pas du LDAP non chiffré.</translation>
    </message>
    <message>
        <source>The directory has no computer under “%1” with the name “%2” and the operating system “%3”.</source>
        <translation>L’annuaire n’a aucun ordinateur sous «&#x202f;%1&#x202f;» avec le nom «&#x202f;%2&#x202f;» et le système d’exploitation «&#x202f;%3&#x202f;».</translation>
    </message>
    <message>
        <source>The directory has no enabled computer under “%1” with the name “%2” and the operating system “%3”. Disabled computer accounts that match: %4.</source>
        <translation>L’annuaire n’a aucun ordinateur actif sous «&#x202f;%1&#x202f;» avec le nom «&#x202f;%2&#x202f;» et le système d’exploitation «&#x202f;%3&#x202f;». Comptes d’ordinateur désactivés correspondants&#xa0;: %4.</translation>
    </message>
    <message>
        <source>Computer %1 is disabled in the directory; it was left out.</source>
        <translation>L’ordinateur %1 est désactivé dans l’annuaire&#x202f;; il a été écarté.</translation>
    </message>
    <message>
        <source>The search base “%1” does not exist in the directory.</source>
        <translation>La base de recherche «&#x202f;%1&#x202f;» n’existe pas dans l’annuaire.</translation>
    </message>
    <message>
        <source>The certificate of the directory server %1 could not be verified: %2.</source>
        <translation>Le certificat du serveur d’annuaire %1 n’a pas pu être vérifié&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>Le fichier d’autorité de certification %1 est illisible.</translation>
    </message>
    <message>
        <source>The directory server %1 ended the search at one of its limits (%2), so the computers could not all be listed.</source>
        <translation>Le serveur d’annuaire %1 a arrêté la recherche à l’une de ses limites (%2)&#xa0;: les ordinateurs n’ont pas pu être tous listés.</translation>
    </message>
    <message>
        <source>Trust the directory&apos;s certification authority on this computer, or give its CA file.</source>
        <translation>Faites approuver par cet ordinateur l’autorité de certification de l’annuaire, ou indiquez son fichier d’autorité de certification.</translation>
    </message>
    <message>
        <source>Give the PEM file of the certification authority that issued the directory server&apos;s certificate.</source>
        <translation>Indiquez le fichier PEM de l’autorité de certification qui a émis le certificat du serveur d’annuaire.</translation>
    </message>
    <message>
        <source>Check the user name and its form (DOMAIN\user, user@domain.example or the distinguished name), the password, and that the account is neither locked nor expired.</source>
        <translation>Vérifiez le nom d’utilisateur et sa forme (DOMAINE\utilisateur, utilisateur@domaine.example ou le nom distinctif), le mot de passe, et que le compte n’est ni verrouillé ni expiré.</translation>
    </message>
    <message>
        <source>Narrow the search (an OU as the search base, or a name filter), or ask the directory&apos;s administrators to raise this account&apos;s limits for paged searches.</source>
        <translation>Restreignez la recherche (une UO comme base de recherche, ou un filtre de noms), ou demandez aux administrateurs de l’annuaire de relever les limites de ce compte pour les recherches paginées.</translation>
    </message>
    <message>
        <source>Wait until the lock-out ends or ask a domain administrator to unlock the account: until then even the right password is refused.</source>
        <translation>Attendez la fin du verrouillage ou demandez à un administrateur du domaine de déverrouiller le compte&#xa0;: d’ici là, même le bon mot de passe est refusé.</translation>
    </message>
    <message>
        <source>Use another account, or ask a domain administrator to enable this one.</source>
        <translation>Utilisez un autre compte, ou demandez à un administrateur du domaine d’activer celui-ci.</translation>
    </message>
    <message>
        <source>Use another account, or ask a domain administrator to extend this one&apos;s expiry date.</source>
        <translation>Utilisez un autre compte, ou demandez à un administrateur du domaine de prolonger la date d’expiration de celui-ci.</translation>
    </message>
    <message>
        <source>Set a new password for the account (sign in to Windows with it, or ask a domain administrator), then try again.</source>
        <translation>Définissez un nouveau mot de passe pour le compte (ouvrez une session Windows avec lui, ou demandez-le à un administrateur du domaine), puis réessayez.</translation>
    </message>
    <message>
        <source>Use another account, or ask a domain administrator to check this one&apos;s logon hours and the computers it may sign in from.</source>
        <translation>Utilisez un autre compte, ou demandez à un administrateur du domaine de vérifier les horaires d’ouverture de session de celui-ci et les ordinateurs depuis lesquels il peut se connecter.</translation>
    </message>
    <message>
        <source>Connect with ldaps:// (port 636) or with StartTLS on ldap:// (port 389): the same account then binds over the encrypted connection.</source>
        <translation>Connectez-vous avec ldaps:// (port 636) ou avec StartTLS sur ldap:// (port 389)&#xa0;: le même compte se lie alors sur la connexion chiffrée.</translation>
    </message>
    <message>
        <source>Connect with ldaps:// or with StartTLS: over an encrypted connection every form of the account (DOMAIN\user, user@domain, distinguished name) binds with its password.</source>
        <translation>Connectez-vous avec ldaps:// ou avec StartTLS&#xa0;: sur une connexion chiffrée, toutes les formes du compte (DOMAINE\utilisateur, utilisateur@domaine, nom distinctif) se lient avec leur mot de passe.</translation>
    </message>
    <message>
        <source>Give a user of the domain and its password: any domain user may list the computers.</source>
        <translation>Indiquez un utilisateur du domaine et son mot de passe&#xa0;: tout utilisateur du domaine peut lister les ordinateurs.</translation>
    </message>
    <message>
        <source>Point the directory address at a domain controller of that domain (%1), or correct the search base&apos;s DC= parts.</source>
        <translation>Faites pointer l’adresse de l’annuaire vers un contrôleur de domaine de ce domaine (%1), ou corrigez les parties DC= de la base de recherche.</translation>
    </message>
    <message>
        <source>Connect with the name the certificate is issued to: %1 (this computer must resolve that name).</source>
        <translation>Connectez-vous avec le nom pour lequel le certificat est émis&#xa0;: %1 (cet ordinateur doit pouvoir résoudre ce nom).</translation>
    </message>
    <message>
        <source>Match the port to the address: ldaps:// is port 636 (3269 for the Global Catalog), ldap:// with or without StartTLS is port 389 (3268).</source>
        <translation>Faites correspondre le port à l’adresse&#xa0;: ldaps:// utilise le port 636 (3269 pour le catalogue global), ldap:// avec ou sans StartTLS le port 389 (3268).</translation>
    </message>
    <message>
        <source>Check the search base (the domain, such as DC=example,DC=com, or one of its OUs) and the filters: the name filter matches the computer&apos;s name (PC-01), not its DNS name (pc-01.example.com) nor its account name (PC-01$).</source>
        <translation>Vérifiez la base de recherche (le domaine, comme DC=example,DC=com, ou l’une de ses UO) et les filtres&#xa0;: le filtre de noms porte sur le nom de l’ordinateur (PC-01), ni sur son nom DNS (pc-01.example.com) ni sur son nom de compte (PC-01$).</translation>
    </message>
    <message>
        <source>Include the disabled computers to list them, or check the search base and the filters.</source>
        <translation>Incluez les ordinateurs désactivés pour les lister, ou vérifiez la base de recherche et les filtres.</translation>
    </message>
    <message>
        <source>The directory search failed: %1</source>
        <translation>La recherche dans l’annuaire a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>A simple bind over plain LDAP would send the password in clear to %1. Use ldaps:// or StartTLS. Over plain LDAP only a DOMAIN\user account can bind (NTLM), and Samba domain controllers do not accept it.</source>
        <translation>Une liaison simple en LDAP non chiffré enverrait le mot de passe en clair à %1. Utilisez ldaps:// ou StartTLS. En LDAP non chiffré, seul un compte DOMAINE\utilisateur peut se lier (NTLM), et les contrôleurs de domaine Samba ne l’acceptent pas.</translation>
    </message>
    <message>
        <source>Computer %1 has no DNS host name in the directory; its name %2 is used instead.</source>
        <translation>L’ordinateur %1 n’a pas de nom d’hôte DNS dans l’annuaire&#x202f;; son nom %2 est utilisé à la place.</translation>
    </message>
    <message>
        <source>Computer %1: “%2” is not a valid host name; the computer was left out.</source>
        <translation>Ordinateur %1&#xa0;: «&#x202f;%2&#x202f;» n’est pas un nom d’hôte valide&#x202f;; l’ordinateur a été écarté.</translation>
    </message>
</context>
<context>
    <name>DnsCheck</name>
    <message>
        <source>Zone %1 found (primary server %2, serial %3).</source>
        <translation>Zone %1 trouvée (serveur principal %2, numéro de série %3).</translation>
    </message>
    <message>
        <source>The domain belongs to this zone; its authoritative servers are asked next.</source>
        <translation>Le domaine appartient à cette zone&#x202f;; ses serveurs DNS faisant autorité sont interrogés ensuite.</translation>
    </message>
    <message>
        <source>The domain %1 does not exist (NXDOMAIN).</source>
        <translation>Le domaine %1 n’existe pas (NXDOMAIN).</translation>
    </message>
    <message>
        <source>KMS clients look for _vlmcs._tcp in their own DNS domain (their primary DNS suffix, or the Active Directory domain); a domain that does not exist cannot hold the record.</source>
        <translation>Les clients KMS cherchent _vlmcs._tcp dans leur propre domaine DNS (leur suffixe DNS principal, ou le domaine Active Directory)&#x202f;; un domaine qui n’existe pas ne peut pas contenir l’enregistrement.</translation>
    </message>
    <message>
        <source>Check the spelling. Give the DNS domain the clients use: “ipconfig /all” on a client shows it as the primary DNS suffix.</source>
        <translation>Vérifiez l’orthographe. Indiquez le domaine DNS qu’utilisent les clients&#xa0;: «&#x202f;ipconfig /all&#x202f;» sur un client l’affiche comme suffixe DNS principal.</translation>
    </message>
    <message>
        <source>No DNS server answered the question for %1.</source>
        <translation>Aucun serveur DNS n’a répondu à la requête pour %1.</translation>
    </message>
    <message>
        <source>Without an answer from a DNS server nothing else can be checked.</source>
        <translation>Sans réponse d’un serveur DNS, rien d’autre ne peut être vérifié.</translation>
    </message>
    <message>
        <source>Check the DNS server addresses (--nameserver, or this computer&apos;s DNS settings) and that UDP and TCP port %1 are open to them.</source>
        <translation>Vérifiez les adresses des serveurs DNS (--nameserver, ou les paramètres DNS de cet ordinateur) et que les ports UDP et TCP %1 leur sont ouverts.</translation>
    </message>
    <message>
        <source>No zone (SOA record) was found for %1.</source>
        <translation>Aucune zone (enregistrement SOA) n’a été trouvée pour %1.</translation>
    </message>
    <message>
        <source>The servers answered, but none named the zone that holds the domain.</source>
        <translation>Les serveurs ont répondu, mais aucun n’a indiqué la zone qui contient le domaine.</translation>
    </message>
    <message>
        <source>Check that the DNS servers asked host this domain or forward queries for it.</source>
        <translation>Vérifiez que les serveurs DNS interrogés hébergent ce domaine ou transfèrent les requêtes qui le concernent.</translation>
    </message>
    <message>
        <source>No name servers (NS records) were found for zone %1.</source>
        <translation>Aucun serveur de noms (enregistrement NS) n’a été trouvé pour la zone %1.</translation>
    </message>
    <message>
        <source>The zone&apos;s authoritative servers hold the record; without NS records they cannot be found and asked.</source>
        <translation>Les serveurs DNS faisant autorité pour la zone détiennent l’enregistrement&#x202f;; sans enregistrements NS, on ne peut ni les trouver ni les interroger.</translation>
    </message>
    <message>
        <source>Give the zone NS records naming its DNS servers (in Active Directory, the domain controllers that run DNS).</source>
        <translation>Ajoutez à la zone des enregistrements NS qui nomment ses serveurs DNS (dans Active Directory, les contrôleurs de domaine qui exécutent DNS).</translation>
    </message>
    <message>
        <source>%1 (%2) answers authoritatively for %3, serial %4.</source>
        <translation>%1 (%2) répond en tant que serveur faisant autorité pour %3, numéro de série %4.</translation>
    </message>
    <message>
        <source>This server holds the zone; it was asked directly, without any cache between.</source>
        <translation>Ce serveur héberge la zone&#x202f;; il a été interrogé directement, sans cache intermédiaire.</translation>
    </message>
    <message>
        <source>The name server %1 has no address (A or AAAA record).</source>
        <translation>Le serveur de noms %1 n’a pas d’adresse (enregistrement A ou AAAA).</translation>
    </message>
    <message>
        <source>A name server that cannot be found cannot answer; other DNS servers waste time on it.</source>
        <translation>Un serveur de noms introuvable ne peut pas répondre&#x202f;; les autres serveurs DNS perdent du temps avec lui.</translation>
    </message>
    <message>
        <source>Add the address record of %1, or remove its NS record if it was retired.</source>
        <translation>Ajoutez l’enregistrement d’adresse de %1, ou supprimez son enregistrement NS s’il a été mis hors service.</translation>
    </message>
    <message>
        <source>%1 (%2) did not answer within %3 s.</source>
        <translation>%1 (%2) n’a pas répondu en %3 s.</translation>
    </message>
    <message>
        <source>%1 (%2) could not be reached: %3.</source>
        <translation>%1 (%2) est injoignable&#xa0;: %3.</translation>
    </message>
    <message>
        <source>An authoritative server that does not answer delays the clients&apos; DNS servers, and a record only it holds is lost to them.</source>
        <translation>Un serveur DNS faisant autorité qui ne répond pas retarde les serveurs DNS des clients, et un enregistrement qu’il est seul à détenir leur échappe.</translation>
    </message>
    <message>
        <source>Check that the DNS service runs on %1 and that UDP and TCP port %2 are open to it; if the server was retired, remove its NS record.</source>
        <translation>Vérifiez que le service DNS tourne sur %1 et que les ports UDP et TCP %2 lui sont ouverts&#x202f;; si le serveur a été retiré, supprimez son enregistrement NS.</translation>
    </message>
    <message>
        <source>%1 (%2) refused to answer for zone %3.</source>
        <translation>%1 (%2) a refusé de répondre pour la zone %3.</translation>
    </message>
    <message>
        <source>%1 (%2) answered, but not as an authoritative server for zone %3.</source>
        <translation>%1 (%2) a répondu, mais pas en tant que serveur faisant autorité pour la zone %3.</translation>
    </message>
    <message>
        <source>It is listed as a name server of the zone but does not serve it (a lame delegation), or it does not accept queries from this computer.</source>
        <translation>Il figure comme serveur de noms de la zone mais ne l’héberge pas (délégation boiteuse), ou il n’accepte pas les requêtes de cet ordinateur.</translation>
    </message>
    <message>
        <source>Host the zone on that server (secondary zone, or Active Directory replication to it), or remove its NS record.</source>
        <translation>Hébergez la zone sur ce serveur (zone secondaire, ou réplication Active Directory vers lui), ou supprimez son enregistrement NS.</translation>
    </message>
    <message>
        <source>%1 (%2) could not answer: %3.</source>
        <translation>%1 (%2) n’a pas pu répondre&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The server sent an error or a reply that is not a valid DNS answer.</source>
        <translation>Le serveur a renvoyé une erreur ou une réponse qui n’est pas une réponse DNS valide.</translation>
    </message>
    <message>
        <source>Read the DNS server&apos;s event log (Windows) or its log (BIND), and check that the zone loaded without errors.</source>
        <translation>Consultez le journal des événements du serveur DNS (Windows) ou son journal (BIND), et vérifiez que la zone s’est chargée sans erreur.</translation>
    </message>
    <message>
        <source>KMS SRV records on %1: %2</source>
        <translation>Enregistrements SRV KMS sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>KMS clients that ask this server will find the hosts it names.</source>
        <translation>Les clients KMS qui interrogent ce serveur trouveront les hôtes qu’il indique.</translation>
    </message>
    <message>
        <source>%1 returns no _vlmcs._tcp SRV record for %2.</source>
        <translation>%1 ne renvoie aucun enregistrement SRV _vlmcs._tcp pour %2.</translation>
    </message>
    <message>
        <source>KMS clients find their host by asking DNS for the SRV record _vlmcs._tcp in their domain. Without it automatic discovery fails with 0x8007232B (DNS name does not exist), unless each client is given a host with slmgr /skms.</source>
        <translation>Les clients KMS trouvent leur hôte en demandant au DNS l’enregistrement SRV _vlmcs._tcp de leur domaine. Sans lui, la découverte automatique échoue avec 0x8007232B (le nom DNS n’existe pas), à moins d’indiquer un hôte à chaque client avec slmgr /skms.</translation>
    </message>
    <message>
        <source>Publish the record: turn DNS publishing on on the KMS host (slmgr /sdns) and allow it dynamic updates, or create the record by hand (DNS Manager, Add-DnsServerResourceRecord or the BIND line shown below), or run kms-wizard dns-publish.</source>
        <translation>Publiez l’enregistrement&#xa0;: activez la publication DNS sur l’hôte KMS (slmgr /sdns) et autorisez-lui les mises à jour dynamiques, ou créez l’enregistrement à la main (Gestionnaire DNS, Add-DnsServerResourceRecord ou la ligne BIND ci-dessous), ou lancez kms-wizard dns-publish.</translation>
    </message>
    <message>
        <source>%1 says that the service is not available here (SRV target “.”).</source>
        <translation>%1 indique que le service n’est pas disponible ici (cible SRV «&#x202f;.&#x202f;»).</translation>
    </message>
    <message>
        <source>An SRV record whose target is “.” tells clients that no KMS host exists in this domain.</source>
        <translation>Un enregistrement SRV dont la cible est «&#x202f;.&#x202f;» indique aux clients qu’il n’existe aucun hôte KMS dans ce domaine.</translation>
    </message>
    <message>
        <source>Delete that record and publish the record of your KMS host instead.</source>
        <translation>Supprimez cet enregistrement et publiez à sa place celui de votre hôte KMS.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 n’a pas répondu en %2 s.</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2.</source>
        <translation>%1 est injoignable&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Clients that use this DNS server wait for it and then try their next one; if it is their only server, KMS discovery fails.</source>
        <translation>Les clients qui utilisent ce serveur DNS l’attendent puis essaient le suivant&#x202f;; si c’est leur seul serveur, la découverte KMS échoue.</translation>
    </message>
    <message>
        <source>Check the address, that the DNS service runs on it, and that UDP and TCP port %1 are open to it.</source>
        <translation>Vérifiez l’adresse, que le service DNS y tourne et que les ports UDP et TCP %1 lui sont ouverts.</translation>
    </message>
    <message>
        <source>%1 refused the query (REFUSED).</source>
        <translation>%1 a refusé la requête (REFUSED).</translation>
    </message>
    <message>
        <source>This server does not resolve names for this computer: recursion is not allowed for it, or the domain is not hosted or forwarded there.</source>
        <translation>Ce serveur ne résout pas de noms pour cet ordinateur&#xa0;: la récursivité ne lui est pas autorisée, ou le domaine n’y est ni hébergé ni transféré.</translation>
    </message>
    <message>
        <source>Ask the DNS server your clients use, or allow recursion or a forwarder for this domain.</source>
        <translation>Interrogez le serveur DNS qu’utilisent vos clients, ou autorisez la récursivité ou un redirecteur pour ce domaine.</translation>
    </message>
    <message>
        <source>%1 could not answer the query: %2.</source>
        <translation>%1 n’a pas pu répondre à la requête&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 sent a reply that is not a valid DNS answer: %2.</source>
        <translation>%1 a renvoyé une réponse qui n’est pas une réponse DNS valide&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Clients that use this DNS server get no usable answer from it.</source>
        <translation>Les clients qui utilisent ce serveur DNS n’en obtiennent aucune réponse exploitable.</translation>
    </message>
    <message>
        <source>Check that this address really is a DNS server (and not another service on that port), and read its log.</source>
        <translation>Vérifiez que cette adresse est bien celle d’un serveur DNS (et non d’un autre service sur ce port), et consultez son journal.</translation>
    </message>
    <message>
        <source>The %1 servers that answered all give the same records.</source>
        <translation>Les %1 serveurs qui ont répondu donnent tous les mêmes enregistrements.</translation>
    </message>
    <message>
        <source>Only one server answered; nothing to compare.</source>
        <translation>Un seul serveur a répondu&#x202f;; rien à comparer.</translation>
    </message>
    <message>
        <source>Clients asking different DNS servers get different KMS hosts, or none. Usually zone replication has not reached a server yet (compare the serial numbers under “ns”), or a resolver still holds an old answer until its TTL runs out.</source>
        <translation>Des clients qui interrogent des serveurs DNS différents obtiennent des hôtes KMS différents, ou aucun. En général, la réplication de la zone n’a pas encore atteint un serveur (comparez les numéros de série sous «&#x202f;ns&#x202f;»), ou un résolveur conserve une ancienne réponse jusqu’à l’expiration de son TTL.</translation>
    </message>
    <message>
        <source>Wait for replication (Active Directory: repadmin /syncall /AdeP) and check again; otherwise correct the record on the server that differs. A resolver&apos;s cache can be cleared with Clear-DnsServerCache (Windows) or rndc flush (BIND).</source>
        <translation>Attendez la réplication (Active Directory&#xa0;: repadmin /syncall /AdeP) puis vérifiez de nouveau&#x202f;; sinon corrigez l’enregistrement sur le serveur qui diffère. Le cache d’un résolveur se vide avec Clear-DnsServerCache (Windows) ou rndc flush (BIND).</translation>
    </message>
    <message>
        <source>%1 returns “%2”, while %3 return “%4”.</source>
        <translation>%1 renvoie «&#x202f;%2&#x202f;», alors que %3 renvoient «&#x202f;%4&#x202f;».</translation>
    </message>
    <message>
        <source>%1 returns no record, while %2 return “%3”.</source>
        <translation>%1 ne renvoie aucun enregistrement, alors que %2 renvoient «&#x202f;%3&#x202f;».</translation>
    </message>
    <message>
        <source>%1 returns “%2”, while %3 return no record.</source>
        <translation>%1 renvoie «&#x202f;%2&#x202f;», alors que %3 ne renvoient aucun enregistrement.</translation>
    </message>
    <message>
        <source>%1 resolves to %2.</source>
        <translation>%1 se résout en %2.</translation>
    </message>
    <message>
        <source>Clients can turn this name into an address.</source>
        <translation>Les clients peuvent traduire ce nom en adresse.</translation>
    </message>
    <message>
        <source>%1 is an alias (CNAME) of %2; an SRV target must be the host&apos;s own name.</source>
        <translation>%1 est un alias (CNAME) de %2&#x202f;; la cible d’un enregistrement SRV doit être le nom propre de l’hôte.</translation>
    </message>
    <message>
        <source>The SRV standard (RFC 2782) forbids aliases as targets; some clients do not follow them.</source>
        <translation>La norme SRV (RFC 2782) interdit les alias comme cibles&#x202f;; certains clients ne les suivent pas.</translation>
    </message>
    <message>
        <source>Point the SRV record at %1, the name the alias leads to.</source>
        <translation>Faites pointer l’enregistrement SRV vers %1, le nom auquel mène l’alias.</translation>
    </message>
    <message>
        <source>%1 does not exist in DNS (NXDOMAIN).</source>
        <translation>%1 n’existe pas dans le DNS (NXDOMAIN).</translation>
    </message>
    <message>
        <source>%1 has no address record (A or AAAA).</source>
        <translation>%1 n’a pas d’enregistrement d’adresse (A ou AAAA).</translation>
    </message>
    <message>
        <source>%1 could not be resolved: %2.</source>
        <translation>Impossible de résoudre %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Clients that pick this record cannot connect: its target must resolve to the KMS host&apos;s address.</source>
        <translation>Les clients qui choisissent cet enregistrement ne peuvent pas se connecter&#xa0;: sa cible doit se résoudre en l’adresse de l’hôte KMS.</translation>
    </message>
    <message>
        <source>Create the address record of %1 (the host registers it itself when its DNS registration is on: ipconfig /registerdns), or correct the SRV record&apos;s target.</source>
        <translation>Créez l’enregistrement d’adresse de %1 (l’hôte l’inscrit lui-même si son inscription DNS est activée&#xa0;: ipconfig /registerdns), ou corrigez la cible de l’enregistrement SRV.</translation>
    </message>
    <message>
        <source>The record sends clients to this name; without an address they cannot connect.</source>
        <translation>L’enregistrement envoie les clients vers ce nom&#x202f;; sans adresse, ils ne peuvent pas se connecter.</translation>
    </message>
    <message>
        <source>Register the host&apos;s address: run ipconfig /registerdns on the host, or create its A record in DNS Manager.</source>
        <translation>Inscrivez l’adresse de l’hôte&#xa0;: exécutez ipconfig /registerdns sur l’hôte, ou créez son enregistrement A dans le Gestionnaire DNS.</translation>
    </message>
    <message>
        <source>%1 resolves to %2, but the host&apos;s own addresses are %3.</source>
        <translation>%1 se résout en %2, mais les adresses de l’hôte sont %3.</translation>
    </message>
    <message>
        <source>Clients would connect to an address where the KMS host is not (often a stale record left after the host was renumbered).</source>
        <translation>Les clients se connecteraient à une adresse où l’hôte KMS ne se trouve pas (souvent un enregistrement périmé resté après un changement d’adresse de l’hôte).</translation>
    </message>
    <message>
        <source>Correct the A record of %1, or run ipconfig /registerdns on the host and delete the stale address.</source>
        <translation>Corrigez l’enregistrement A de %1, ou exécutez ipconfig /registerdns sur l’hôte et supprimez l’adresse périmée.</translation>
    </message>
    <message>
        <source>%1 is published (priority %2, weight %3, port %4).</source>
        <translation>%1 est publié (priorité %2, poids %3, port %4).</translation>
    </message>
    <message>
        <source>Clients find this host through the SRV record.</source>
        <translation>Les clients trouvent cet hôte grâce à l’enregistrement SRV.</translation>
    </message>
    <message>
        <source>%1 is not published under its own name, but %2 has the same address (%3).</source>
        <translation>%1 n’est pas publié sous son propre nom, mais %2 a la même adresse (%3).</translation>
    </message>
    <message>
        <source>Clients will reach the host, but a record under another name is easily left stale when addresses change.</source>
        <translation>Les clients joindront l’hôte, mais un enregistrement sous un autre nom devient facilement périmé quand les adresses changent.</translation>
    </message>
    <message>
        <source>Publish the record with the host&apos;s own name, %1, as its target.</source>
        <translation>Publiez l’enregistrement avec le nom propre de l’hôte, %1, comme cible.</translation>
    </message>
    <message>
        <source>%1 is not among the published KMS hosts (%2).</source>
        <translation>%1 ne fait pas partie des hôtes KMS publiés (%2).</translation>
    </message>
    <message>
        <source>%1 is not published: no server returned a _vlmcs._tcp record.</source>
        <translation>%1 n’est pas publié&#xa0;: aucun serveur n’a renvoyé d’enregistrement _vlmcs._tcp.</translation>
    </message>
    <message>
        <source>Clients find only the hosts named in the SRV records.</source>
        <translation>Les clients ne trouvent que les hôtes nommés dans les enregistrements SRV.</translation>
    </message>
    <message>
        <source>Publish the record of %1 (see below: DNS Manager, PowerShell or BIND), or run kms-wizard dns-publish.</source>
        <translation>Publiez l’enregistrement de %1 (voir ci-dessous&#xa0;: Gestionnaire DNS, PowerShell ou BIND), ou lancez kms-wizard dns-publish.</translation>
    </message>
    <message>
        <source>This is an Active Directory zone: let %1 publish itself (slmgr /sdns), or create the record on a domain controller (DNS Manager or Add-DnsServerResourceRecord, see below; kms-wizard dns-publish --via-dns-server DC does it over WinRM).</source>
        <translation>C’est une zone Active Directory&#xa0;: laissez %1 se publier lui-même (slmgr /sdns), ou créez l’enregistrement sur un contrôleur de domaine (Gestionnaire DNS ou Add-DnsServerResourceRecord, voir ci-dessous&#x202f;; kms-wizard dns-publish --via-dns-server DC le fait par WinRM).</translation>
    </message>
    <message>
        <source>Whether %1 is published could not be checked: no DNS server answered the question for its _vlmcs._tcp record.</source>
        <translation>Impossible de vérifier si %1 est publié&#xa0;: aucun serveur DNS n’a répondu à la question sur son enregistrement _vlmcs._tcp.</translation>
    </message>
    <message>
        <source>Without an answer nothing can be said about the record: it may well exist.</source>
        <translation>Sans réponse, rien ne peut être dit de l’enregistrement&#xa0;: il existe peut-être bel et bien.</translation>
    </message>
    <message>
        <source>Make a DNS server answer first (see the findings above), then check again.</source>
        <translation>Faites d’abord répondre un serveur DNS (voir les constats ci-dessus), puis vérifiez de nouveau.</translation>
    </message>
    <message>
        <source>The record for %1 gives port %2, as expected.</source>
        <translation>L’enregistrement de %1 indique le port %2, comme prévu.</translation>
    </message>
    <message>
        <source>Clients connect to the port the record gives; it is the host&apos;s port.</source>
        <translation>Les clients se connectent au port indiqué par l’enregistrement&#x202f;; c’est celui de l’hôte.</translation>
    </message>
    <message>
        <source>The record for %1 gives port %2, but the host listens on port %3.</source>
        <translation>L’enregistrement de %1 indique le port %2, mais l’hôte écoute sur le port %3.</translation>
    </message>
    <message>
        <source>The record for %1 gives port %2, not %3.</source>
        <translation>L’enregistrement de %1 indique le port %2, et non %3.</translation>
    </message>
    <message>
        <source>Clients connect to the port in the record. A KMS host listens on 1688 unless its KeyManagementServiceListeningPort says otherwise (slmgr /sprt).</source>
        <translation>Les clients se connectent au port indiqué dans l’enregistrement. Un hôte KMS écoute sur le port 1688, sauf si sa valeur KeyManagementServiceListeningPort en indique un autre (slmgr /sprt).</translation>
    </message>
    <message>
        <source>Make them agree: correct the port in the record to %3, or set the host&apos;s port with slmgr /sprt %2 and open that port in its firewall.</source>
        <translation>Mettez-les en accord&#xa0;: corrigez le port de l’enregistrement en %3, ou réglez le port de l’hôte avec slmgr /sprt %2 et ouvrez ce port dans son pare-feu.</translation>
    </message>
    <message>
        <source>No other KMS host is published.</source>
        <translation>Aucun autre hôte KMS n’est publié.</translation>
    </message>
    <message>
        <source>Every client that finds a record is sent to the expected host.</source>
        <translation>Tout client qui trouve un enregistrement est dirigé vers l’hôte attendu.</translation>
    </message>
    <message>
        <source>Published KMS hosts: %1.</source>
        <translation>Hôtes KMS publiés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Clients pick among these hosts (by priority, then weight). Give --host to check one of them in detail.</source>
        <translation>Les clients choisissent parmi ces hôtes (par priorité, puis par poids). Indiquez --host pour vérifier l’un d’eux en détail.</translation>
    </message>
    <message>
        <source>%1 is also published as a KMS host (priority %2, weight %3, port %4).</source>
        <translation>%1 est aussi publié comme hôte KMS (priorité %2, poids %3, port %4).</translation>
    </message>
    <message>
        <source>%1 is also published as a KMS host, but it does not resolve or does not answer on port %2: probably a stale record.</source>
        <translation>%1 est aussi publié comme hôte KMS, mais il ne se résout pas ou ne répond pas sur le port %2&#xa0;: probablement un enregistrement périmé.</translation>
    </message>
    <message>
        <source>Clients pick among all published hosts. Several KMS hosts are fine when you run them on purpose; a retired or foreign host makes some clients fail or activate elsewhere.</source>
        <translation>Les clients choisissent parmi tous les hôtes publiés. Plusieurs hôtes KMS ne posent pas de problème s’ils sont voulus&#x202f;; un hôte retiré ou étranger fait échouer certains clients ou les fait s’activer ailleurs.</translation>
    </message>
    <message>
        <source>If %1 is not one of your KMS hosts, delete its record (kms-wizard dns-publish --delete --host %1, or in DNS Manager) and turn off its DNS publishing (slmgr /cdns on it).</source>
        <translation>Si %1 n’est pas l’un de vos hôtes KMS, supprimez son enregistrement (kms-wizard dns-publish --delete --host %1, ou dans le Gestionnaire DNS) et désactivez sa publication DNS (slmgr /cdns sur cette machine).</translation>
    </message>
    <message>
        <source>If %1 is not one of your KMS hosts, delete its record on a domain controller (DNS Manager, Remove-DnsServerResourceRecord, or kms-wizard dns-publish --delete --host %1 --via-dns-server DC) and turn off its DNS publishing (slmgr /cdns on it).</source>
        <translation>Si %1 n’est pas l’un de vos hôtes KMS, supprimez son enregistrement sur un contrôleur de domaine (Gestionnaire DNS, Remove-DnsServerResourceRecord, ou kms-wizard dns-publish --delete --host %1 --via-dns-server DC) et désactivez sa publication DNS (slmgr /cdns sur cet hôte).</translation>
    </message>
    <message>
        <source>%1 (%2) accepts connections on port %3.</source>
        <translation>%1 (%2) accepte les connexions sur le port %3.</translation>
    </message>
    <message>
        <source>%1 (%2) refused the connection on port %3.</source>
        <translation>%1 (%2) a refusé la connexion sur le port %3.</translation>
    </message>
    <message>
        <source>%1 (%2) did not accept a connection on port %3 within %4 s.</source>
        <translation>%1 (%2) n’a pas accepté de connexion sur le port %3 en %4 s.</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be reached on port %3: %4.</source>
        <translation>%1 (%2) est injoignable sur le port %3&#xa0;: %4.</translation>
    </message>
    <message>
        <source>%1 (%2) was not tested on port %3: the time budget was used up.</source>
        <translation>%1 (%2) n’a pas été testé sur le port %3&#xa0;: le temps imparti était écoulé.</translation>
    </message>
    <message>
        <source>Clients connect to the KMS host over TCP on this port. If it is closed, activation fails with 0xC004F074 (no KMS host could be contacted).</source>
        <translation>Les clients se connectent à l’hôte KMS en TCP sur ce port. S’il est fermé, l’activation échoue avec 0xC004F074 (aucun hôte KMS n’a pu être contacté).</translation>
    </message>
    <message>
        <source>On %1, check that the Software Protection service runs and listens on port %2, and that the firewall allows it (for clients in the domain, on any subnet: Enable-NetFirewallRule -Name SPPSVC-In-TCP-NoScope); test from a client with Test-NetConnection %1 -Port %2.</source>
        <translation>Sur %1, vérifiez que le service Protection logicielle (sppsvc) fonctionne et écoute sur le port %2, et que le pare-feu l’autorise (pour les clients du domaine, quel que soit leur sous-réseau&#xa0;: Enable-NetFirewallRule -Name SPPSVC-In-TCP-NoScope)&#x202f;; testez depuis un client avec Test-NetConnection %1 -Port %2.</translation>
    </message>
</context>
<context>
    <name>DnsCheckCommand</name>
    <message>
        <source>Checking %1 (time budget %2 s).</source>
        <translation>Vérification de %1 (temps imparti %2 s).</translation>
    </message>
    <message>
        <source>Checking %1 for the KMS host %2, port %3 (time budget %4 s).</source>
        <translation>Vérification de %1 pour l’hôte KMS %2, port %3 (temps imparti %4 s).</translation>
    </message>
    <message>
        <source>Result: %1 OK, %2 warning(s), %3 error(s), in %4 s.</source>
        <translation>Résultat&#xa0;: %1 OK, %2 avertissement(s), %3 erreur(s), en %4 s.</translation>
    </message>
</context>
<context>
    <name>DnsInput</name>
    <message>
        <source>%1 is empty: give a DNS name such as example.com.</source>
        <translation>%1 est vide&#xa0;: indiquez un nom DNS, par exemple example.com.</translation>
    </message>
    <message>
        <source>“%1” contains %2, which a DNS name cannot hold. Use letters, digits and hyphens, with dots between the labels.</source>
        <translation>«&#x202f;%1&#x202f;» contient %2, qu’un nom DNS ne peut pas contenir. Utilisez des lettres, des chiffres et des traits d’union, avec des points entre les étiquettes.</translation>
    </message>
    <message>
        <source>“%1” contains a space; DNS names cannot contain spaces.</source>
        <translation>«&#x202f;%1&#x202f;» contient une espace&#x202f;; un nom DNS ne peut pas contenir d’espace.</translation>
    </message>
    <message>
        <source>The label “%1” has %2 characters; a DNS label has at most 63.</source>
        <translation>L’étiquette «&#x202f;%1&#x202f;» compte %2 caractères&#x202f;; une étiquette DNS en compte au plus 63.</translation>
    </message>
    <message>
        <source>“%1” has %2 characters; a DNS name has at most 253.</source>
        <translation>«&#x202f;%1&#x202f;» compte %2 caractères&#x202f;; un nom DNS en compte au plus 253.</translation>
    </message>
    <message>
        <source>“%1” has an empty label (two dots in a row, or a leading dot).</source>
        <translation>«&#x202f;%1&#x202f;» contient une étiquette vide (deux points consécutifs, ou un point au début).</translation>
    </message>
    <message>
        <source>The label “%1” starts or ends with a hyphen, which DNS names do not allow.</source>
        <translation>L’étiquette «&#x202f;%1&#x202f;» commence ou finit par un trait d’union, ce que les noms DNS n’autorisent pas.</translation>
    </message>
    <message>
        <source>“%1” ends with a number: give a host or domain name, not an IP address.</source>
        <translation>«&#x202f;%1&#x202f;» se termine par un nombre&#xa0;: indiquez un nom d’hôte ou de domaine, pas une adresse IP.</translation>
    </message>
    <message>
        <source>Give the fully qualified name of the KMS host (such as kms01.example.com), not “%1”.</source>
        <translation>Indiquez le nom de domaine complet (FQDN) de l’hôte KMS (par exemple kms01.example.com), et non «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>“%1” is not a valid internationalised domain name.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas un nom de domaine internationalisé valide.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not “%4”.</source>
        <translation>%1 doit être un nombre entier de %2 à %3, et non «&#x202f;%4&#x202f;».</translation>
    </message>
    <message>
        <source>“%1” is not a DNS server address: give an IP address, optionally followed by :PORT (an IPv6 address in brackets, such as [2001:db8::53]:53).</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas l’adresse d’un serveur DNS&#xa0;: indiquez une adresse IP, éventuellement suivie de :PORT (une adresse IPv6 entre crochets, par exemple [2001:db8::53]:53).</translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 or IPv6 address.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas une adresse IPv4 ou IPv6.</translation>
    </message>
    <message>
        <source>%1 must be a number of seconds from 0.1 to 60, not “%2”.</source>
        <translation>%1 doit être un nombre de secondes de 0.1 à 60, et non «&#x202f;%2&#x202f;».</translation>
    </message>
</context>
<context>
    <name>DnsOutput</name>
    <message>
        <source>Why: %1</source>
        <translation>Pourquoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Solution&#xa0;: %1</translation>
    </message>
    <message>
        <source>What each server answered (as nslookup -type=srv would show it):</source>
        <translation>Ce que chaque serveur a répondu (comme l’afficherait nslookup -type=srv)&#xa0;:</translation>
    </message>
    <message>
        <source>Server: %1 (%2), %3 ms</source>
        <translation>Serveur&#xa0;: %1 (%2), %3 ms</translation>
    </message>
    <message>
        <source>resolver</source>
        <translation>résolveur</translation>
    </message>
    <message>
        <source>authoritative</source>
        <translation>faisant autorité</translation>
    </message>
    <message>
        <source>%1	SRV service location:</source>
        <translation>%1	emplacement du service SRV&#xa0;:</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priorité</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>poids</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>svr hostname</source>
        <translation>nom d’hôte du serveur</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>To publish the record by hand:</source>
        <translation>Pour publier l’enregistrement à la main&#xa0;:</translation>
    </message>
    <message>
        <source>DNS Manager, zone %1 → Other New Records → Service Location (SRV):</source>
        <translation>Gestionnaire DNS, zone %1 → Autres nouveaux enregistrements → Emplacement du service (SRV)&#xa0;:</translation>
    </message>
    <message>
        <source>PowerShell on the Windows DNS server:</source>
        <translation>PowerShell sur le serveur DNS Windows&#xa0;:</translation>
    </message>
    <message>
        <source>BIND, in the zone file of %1:</source>
        <translation>BIND, dans le fichier de zone de %1&#xa0;:</translation>
    </message>
    <message>
        <source>Active Directory zone: from this computer, on the domain controller&apos;s DNS server over WinRM (read back afterwards):</source>
        <translation>Zone Active Directory&#xa0;: depuis cet ordinateur, sur le serveur DNS du contrôleur de domaine par WinRM (relu ensuite)&#xa0;:</translation>
    </message>
    <message>
        <source>Or let the KMS host publish itself in this domain too (registry value DnsDomainPublishList, REG_MULTI_SZ, one line “domain, priority, weight” per domain):</source>
        <translation>Ou laissez l’hôte KMS se publier aussi dans ce domaine (valeur de registre DnsDomainPublishList, REG_MULTI_SZ, une ligne «&#x202f;domaine, priorité, poids&#x202f;» par domaine)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>DnsPage</name>
    <message>
        <source>Let %1 publish its SRV record in: %2? Its licensing service restarts to publish at once.</source>
        <translation>Laisser %1 publier son enregistrement SRV dans&#xa0;: %2&#x202f;? Son service de licences redémarre pour publier aussitôt.</translation>
    </message>
    <message>
        <source>Turn DNS publishing off on %1? Records it published before stay in DNS.</source>
        <translation>Désactiver la publication DNS sur %1&#x202f;? Les enregistrements déjà publiés restent dans le DNS.</translation>
    </message>
    <message>
        <source>Applying the publishing settings…</source>
        <translation>Application des paramètres de publication…</translation>
    </message>
    <message>
        <source>Asking the DNS servers…</source>
        <translation>Interrogation des serveurs DNS…</translation>
    </message>
    <message>
        <source>Publish the SRV record of %1 (port %2) on the DNS server %3 for: %4?</source>
        <translation>Publier l’enregistrement SRV de %1 (port %2) sur le serveur DNS %3 pour&#xa0;: %4&#x202f;?</translation>
    </message>
    <message>
        <source>Sending the dynamic update…</source>
        <translation>Envoi de la mise à jour dynamique…</translation>
    </message>
    <message>
        <source>publishing</source>
        <translation>publication</translation>
    </message>
    <message>
        <source>Not verified yet: press Verify to ask the DNS servers.</source>
        <translation>Pas encore vérifié&#xa0;: cliquez sur Vérifier pour interroger les serveurs DNS.</translation>
    </message>
    <message>
        <source>Clients find this host in every domain listed.</source>
        <translation>Les clients trouvent cet hôte dans chaque domaine de la liste.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: clients may not find this host.</source>
        <translation>
            <numerusform>%n problème trouvé&#xa0;: les clients risquent de ne pas trouver cet hôte.</numerusform>
            <numerusform>%n problèmes trouvés&#xa0;: les clients risquent de ne pas trouver cet hôte.</numerusform>
        </translation>
    </message>
    <message>
        <source>The host&apos;s own domain. When other domains are listed it is written into the list too, with this priority and weight: a KMS host given a list publishes only in the domains listed.</source>
        <translation>Le domaine de l’hôte lui-même. Dès que d’autres domaines sont indiqués, il est inscrit lui aussi dans la liste, avec cette priorité et ce poids&#xa0;: un hôte KMS doté d’une liste ne publie que dans les domaines qu’elle contient.</translation>
    </message>
    <message>
        <source>This connection cannot reach another machine: connect to the KMS host over WinRM (or use the lab) to work on a domain controller.</source>
        <translation>Cette connexion ne peut pas atteindre une autre machine&#xa0;: connectez-vous à l’hôte KMS par WinRM (ou utilisez le labo) pour travailler sur un contrôleur de domaine.</translation>
    </message>
    <message>
        <source>Publish the SRV record of %1 (port %2) on the DNS server of the domain controller %3, with Add-DnsServerResourceRecord, for: %4?</source>
        <translation>Publier l’enregistrement SRV de %1 (port %2) sur le serveur DNS du contrôleur de domaine %3, avec Add-DnsServerResourceRecord, pour&#xa0;: %4&#x202f;?</translation>
    </message>
    <message>
        <source>Publishing on the domain controller…</source>
        <translation>Publication sur le contrôleur de domaine…</translation>
    </message>
    <message>
        <source>Reading the domain controller&apos;s DNS…</source>
        <translation>Lecture du DNS du contrôleur de domaine…</translation>
    </message>
    <message>
        <source>Domain %1: create this SRV record.</source>
        <translation>Domaine %1&#xa0;: créez cet enregistrement SRV.</translation>
    </message>
    <message>
        <source>DNS Manager (New Other Records → Service Location (SRV)):</source>
        <translation>Gestionnaire DNS (Nouveaux autres enregistrements → Emplacement de service (SRV))&#xa0;:</translation>
    </message>
    <message>
        <source>PowerShell on the Windows DNS server:</source>
        <translation>PowerShell sur le serveur DNS Windows&#xa0;:</translation>
    </message>
    <message>
        <source>BIND zone file:</source>
        <translation>Fichier de zone BIND&#xa0;:</translation>
    </message>
    <message>
        <source>TSIG key file</source>
        <translation>Fichier de clé TSIG</translation>
    </message>
    <message>
        <source>Domains to check</source>
        <translation>Domaines à vérifier</translation>
    </message>
    <message>
        <source>Clients find their KMS host through the _vlmcs._tcp SRV record.</source>
        <translation>Les clients trouvent leur hôte KMS grâce à l’enregistrement SRV _vlmcs._tcp.</translation>
    </message>
    <message>
        <source>A KMS host publishes its SRV record in its own DNS domain by itself, if the zone accepts its dynamic updates. Add the other domains whose clients it serves; with several hosts, the priority (lower first) and the weight (larger gets more clients) share the clients out. Once other domains are listed, the host publishes only in the listed ones: its own domain stays in the list.</source>
        <translation>Un hôte KMS publie lui-même son enregistrement SRV dans son propre domaine DNS si la zone accepte ses mises à jour dynamiques. Ajoutez les autres domaines dont il sert les clients&#x202f;; avec plusieurs hôtes, la priorité (la plus basse d’abord) et le poids (le plus élevé reçoit plus de clients) répartissent les clients. Dès que d’autres domaines sont indiqués, l’hôte ne publie plus que dans les domaines de la liste&#xa0;: son propre domaine y reste donc inscrit.</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>The host publishes its SRV record (recommended)</source>
        <translation>L’hôte publie son enregistrement SRV (recommandé)</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Add a domain</source>
        <translation>Ajouter un domaine</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>Appliquer…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Create the record by hand</source>
        <translation>Créer l’enregistrement à la main</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Publish by dynamic update (RFC 2136)</source>
        <translation>Publier par mise à jour dynamique (RFC 2136)</translation>
    </message>
    <message>
        <source>For DNS servers that accept signed updates (BIND): the wizard sends the record itself, signed with the zone&apos;s TSIG key, then asks the server again.</source>
        <translation>Pour les serveurs DNS qui acceptent des mises à jour signées (BIND)&#xa0;: l’assistant envoie lui-même l’enregistrement, signé avec la clé TSIG de la zone, puis interroge de nouveau le serveur.</translation>
    </message>
    <message>
        <source>DNS server:</source>
        <translation>Serveur DNS&#xa0;:</translation>
    </message>
    <message>
        <source>TSIG key file:</source>
        <translation>Fichier de clé TSIG&#xa0;:</translation>
    </message>
    <message>
        <source>IP address, optionally :port</source>
        <translation>adresse IP, éventuellement :port</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Publish by dynamic update…</source>
        <translation>Publier par mise à jour dynamique…</translation>
    </message>
    <message>
        <source>My zone is Active Directory–integrated</source>
        <translation>Ma zone est intégrée à Active Directory</translation>
    </message>
    <message>
        <source>Active Directory zones accept only Kerberos-signed updates: no key file works there. Name a domain controller that runs DNS; the wizard reads what its DNS server holds and, once you confirm, creates the record with the server&apos;s own Add-DnsServerResourceRecord over WinRM (same account as the KMS host), then reads it back.</source>
        <translation>Les zones Active Directory n’acceptent que des mises à jour signées avec Kerberos&#xa0;: aucun fichier de clé n’y fonctionne. Indiquez un contrôleur de domaine qui exécute le DNS&#x202f;; l’assistant lit ce que contient son serveur DNS et, après votre confirmation, crée l’enregistrement avec la commande Add-DnsServerResourceRecord du serveur lui-même, par WinRM (même compte que pour l’hôte KMS), puis le relit.</translation>
    </message>
    <message>
        <source>Domain controller:</source>
        <translation>Contrôleur de domaine&#xa0;:</translation>
    </message>
    <message>
        <source>its name, e.g. dc01.example.com</source>
        <translation>son nom, p. ex. dc01.example.com</translation>
    </message>
    <message>
        <source>Read the record</source>
        <translation>Lire l’enregistrement</translation>
    </message>
    <message>
        <source>Publish on the domain controller…</source>
        <translation>Publier sur le contrôleur de domaine…</translation>
    </message>
    <message>
        <source>%1 (priority %2, weight %3)</source>
        <translation>%1 (priorité %2, poids %3)</translation>
    </message>
    <message>
        <source>Zone %1 on %2 holds: %3</source>
        <translation>La zone %1 sur %2 contient&#xa0;: %3</translation>
    </message>
    <message>
        <source>no _vlmcs._tcp record for this domain</source>
        <translation>aucun enregistrement _vlmcs._tcp pour ce domaine</translation>
    </message>
</context>
<context>
    <name>DnsPublish</name>
    <message>
        <source>%1 accepted the update of zone %2.</source>
        <translation>%1 a accepté la mise à jour de la zone %2.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Rien à faire.</translation>
    </message>
    <message>
        <source>%1 refused the update of zone %2. Either the zone does not accept dynamic updates from this computer or this key, or it is an Active Directory–integrated zone that accepts only secure updates signed with Kerberos (GSS-TSIG), which this tool does not send.</source>
        <translation>%1 a refusé la mise à jour de la zone %2. Soit la zone n’accepte pas les mises à jour dynamiques de cet ordinateur ou de cette clé, soit c’est une zone intégrée à Active Directory qui n’accepte que des mises à jour sécurisées signées par Kerberos (GSS-TSIG), que cet outil n’envoie pas.</translation>
    </message>
    <message>
        <source>On Active Directory DNS, let the KMS host publish its own record (DNS publishing on: slmgr /sdns), or create the record on the DNS server with Add-DnsServerResourceRecord (the command is shown below). On BIND, allow the key in the zone&apos;s allow-update or update-policy statement.</source>
        <translation>Avec un DNS Active Directory, laissez l’hôte KMS publier lui-même son enregistrement (publication DNS activée&#xa0;: slmgr /sdns), ou créez l’enregistrement sur le serveur DNS avec Add-DnsServerResourceRecord (commande ci-dessous). Avec BIND, autorisez la clé dans l’instruction allow-update ou update-policy de la zone.</translation>
    </message>
    <message>
        <source>%1 is not authoritative for zone %2, or it did not accept the update&apos;s signature (NOTAUTH).</source>
        <translation>%1 ne fait pas autorité pour la zone %2, ou n’a pas accepté la signature de la mise à jour (NOTAUTH).</translation>
    </message>
    <message>
        <source>Send the update to the zone&apos;s primary server (named in its SOA record), and check that the key is the one that server knows.</source>
        <translation>Envoyez la mise à jour au serveur principal de la zone (indiqué dans son enregistrement SOA), et vérifiez que la clé est bien celle que ce serveur connaît.</translation>
    </message>
    <message>
        <source>%1 does not know the key “%3” (BADKEY).</source>
        <translation>%1 ne connaît pas la clé «&#x202f;%3&#x202f;» (BADKEY).</translation>
    </message>
    <message>
        <source>Use the key configured on the server: the same name and algorithm as in its named.conf (the file tsig-keygen produced).</source>
        <translation>Utilisez la clé configurée sur le serveur&#xa0;: même nom et même algorithme que dans son named.conf (le fichier produit par tsig-keygen).</translation>
    </message>
    <message>
        <source>%1 knows the key “%3” but the signature does not match (BADSIG): the secret or the algorithm differs from the server&apos;s.</source>
        <translation>%1 connaît la clé «&#x202f;%3&#x202f;», mais la signature ne correspond pas (BADSIG)&#xa0;: le secret ou l’algorithme diffère de celui du serveur.</translation>
    </message>
    <message>
        <source>Copy the key file from the DNS server again; the secret must match.</source>
        <translation>Recopiez le fichier de clé depuis le serveur DNS&#x202f;; le secret doit correspondre.</translation>
    </message>
    <message>
        <source>%1 rejected the signature&apos;s time (BADTIME): the clocks differ by more than five minutes.</source>
        <translation>%1 a rejeté l’horodatage de la signature (BADTIME)&#xa0;: les horloges diffèrent de plus de cinq minutes.</translation>
    </message>
    <message>
        <source>Synchronise the clocks of both computers (NTP).</source>
        <translation>Synchronisez les horloges des deux ordinateurs (NTP).</translation>
    </message>
    <message>
        <source>A name in the update lies outside zone %2 (NOTZONE).</source>
        <translation>Un nom de la mise à jour se trouve hors de la zone %2 (NOTZONE).</translation>
    </message>
    <message>
        <source>Publish only names inside the zone; a host in another zone needs its address published there.</source>
        <translation>Ne publiez que des noms de la zone&#x202f;; un hôte d’une autre zone doit avoir son adresse publiée dans celle-ci.</translation>
    </message>
    <message>
        <source>%1 did not apply the update: its condition did not hold (%4).</source>
        <translation>%1 n’a pas appliqué la mise à jour&#xa0;: sa condition n’était pas remplie (%4).</translation>
    </message>
    <message>
        <source>The record changed meanwhile; run the command again.</source>
        <translation>L’enregistrement a changé entre-temps&#x202f;; relancez la commande.</translation>
    </message>
    <message>
        <source>%1 failed to apply the update (SERVFAIL).</source>
        <translation>%1 n’a pas réussi à appliquer la mise à jour (SERVFAIL).</translation>
    </message>
    <message>
        <source>Read the DNS server&apos;s log: a zone file or journal that cannot be written, or a frozen zone (rndc thaw), are common causes.</source>
        <translation>Consultez le journal du serveur DNS&#xa0;: un fichier de zone ou un journal non inscriptible, ou une zone gelée (rndc thaw), en sont des causes fréquentes.</translation>
    </message>
    <message>
        <source>%1 rejected the update (%4).</source>
        <translation>%1 a rejeté la mise à jour (%4).</translation>
    </message>
    <message>
        <source>Read the DNS server&apos;s log for the reason.</source>
        <translation>Consultez le journal du serveur DNS pour en connaître la raison.</translation>
    </message>
    <message>
        <source>%1 did not answer the update in time.</source>
        <translation>%1 n’a pas répondu à temps à la mise à jour.</translation>
    </message>
    <message>
        <source>Check the address and that TCP port %1 is open to the server; updates are sent over TCP.</source>
        <translation>Vérifiez l’adresse et que le port TCP %1 est ouvert vers le serveur&#x202f;; les mises à jour sont envoyées par TCP.</translation>
    </message>
    <message>
        <source>%1 could not be reached (%4).</source>
        <translation>%1 est injoignable (%4).</translation>
    </message>
    <message>
        <source>The reply of %1 is not a valid DNS answer (%4).</source>
        <translation>La réponse de %1 n’est pas une réponse DNS valide (%4).</translation>
    </message>
    <message>
        <source>Check that this address is a DNS server and read its log.</source>
        <translation>Vérifiez que cette adresse est bien celle d’un serveur DNS et consultez son journal.</translation>
    </message>
    <message>
        <source>Published and verified: %1 now answers “%2 SRV %3”.</source>
        <translation>Publié et vérifié&#xa0;: %1 répond désormais «&#x202f;%2 SRV %3&#x202f;».</translation>
    </message>
    <message>
        <source>Deleted and verified: %1 no longer names %2 in %3.</source>
        <translation>Supprimé et vérifié&#xa0;: %1 ne cite plus %2 dans %3.</translation>
    </message>
    <message>
        <source>%1 holds no _vlmcs._tcp record for %2; nothing was sent.</source>
        <translation>%1 ne contient aucun enregistrement _vlmcs._tcp pour %2&#x202f;; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>%1 accepted the update, but asked again it does not answer as expected: %2.</source>
        <translation>%1 a accepté la mise à jour, mais interrogé de nouveau il ne répond pas comme prévu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Another process may have changed the record at the same moment (a KMS host publishing itself, or replication). Run kms-wizard dns-check to see what each server holds.</source>
        <translation>Un autre processus a peut-être modifié l’enregistrement au même moment (un hôte KMS qui se publie lui-même, ou la réplication). Lancez kms-wizard dns-check pour voir ce que contient chaque serveur.</translation>
    </message>
    <message>
        <source>%1 does not serve the domain %2 (%3), so it cannot update it.</source>
        <translation>%1 n’héberge pas le domaine %2 (%3) et ne peut donc pas le mettre à jour.</translation>
    </message>
    <message>
        <source>%1 did not answer (%2), so nothing was sent to it.</source>
        <translation>%1 n’a pas répondu (%2)&#xa0;: rien ne lui a été envoyé.</translation>
    </message>
    <message>
        <source>Check the address and that UDP and TCP port %1 are open to the server, then try again.</source>
        <translation>Vérifiez l’adresse et que les ports UDP et TCP %1 sont ouverts vers le serveur, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 serves %2 as an Active Directory–integrated zone (its domain controllers are registered there: %3) and answered the update with %4. Such a zone accepts only secure updates signed with Kerberos (GSS-TSIG): no TSIG key file can work there.</source>
        <translation>%1 sert %2 comme zone intégrée à Active Directory (ses contrôleurs de domaine y sont enregistrés&#xa0;: %3) et a répondu à la mise à jour par %4. Une telle zone n’accepte que des mises à jour sécurisées, signées avec Kerberos (GSS-TSIG)&#xa0;: aucun fichier de clé TSIG ne peut y fonctionner.</translation>
    </message>
    <message>
        <source>Let the KMS host publish its own record (DNS publishing on: slmgr /sdns; its computer account must be allowed to update the record), or create the record on the domain controller %1: with Add-DnsServerResourceRecord (shown below), or through kms-wizard dns-publish --via-dns-server %1, which runs it there over WinRM.</source>
        <translation>Laissez l’hôte KMS publier lui-même son enregistrement (publication DNS activée&#xa0;: slmgr /sdns&#x202f;; son compte d’ordinateur doit avoir le droit de mettre l’enregistrement à jour), ou créez l’enregistrement sur le contrôleur de domaine %1&#xa0;: avec Add-DnsServerResourceRecord (ci-dessous), ou par kms-wizard dns-publish --via-dns-server %1, qui l’y exécute par WinRM.</translation>
    </message>
    <message>
        <source>Give the address of the zone&apos;s primary DNS server with --nameserver (for Active Directory, a domain controller that runs DNS).</source>
        <translation>Indiquez avec --nameserver l’adresse du serveur DNS principal de la zone (pour Active Directory, un contrôleur de domaine qui exécute DNS).</translation>
    </message>
    <message>
        <source>The host %1 is not in zone %2, so its address cannot be published there; nothing was sent.</source>
        <translation>L’hôte %1 n’est pas dans la zone %2&#xa0;: son adresse ne peut pas y être publiée&#x202f;; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Leave out --address and publish the host&apos;s address in its own zone, or give a host inside zone %2.</source>
        <translation>Omettez --address et publiez l’adresse de l’hôte dans sa propre zone, ou indiquez un hôte de la zone %2.</translation>
    </message>
</context>
<context>
    <name>DnsPublishCommand</name>
    <message>
        <source>Zone %1 on %2.</source>
        <translation>Zone %1 sur %2.</translation>
    </message>
    <message>
        <source>Sent (signed with the key “%1”):</source>
        <translation>Envoyé (signé avec la clé «&#x202f;%1&#x202f;»)&#xa0;:</translation>
    </message>
    <message>
        <source>Sent (unsigned):</source>
        <translation>Envoyé (non signé)&#xa0;:</translation>
    </message>
    <message>
        <source>The server now answers:</source>
        <translation>Le serveur répond désormais&#xa0;:</translation>
    </message>
    <message>
        <source>Before the update the server answered:</source>
        <translation>Avant la mise à jour, le serveur répondait&#xa0;:</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Solution&#xa0;: %1</translation>
    </message>
    <message>
        <source>--address cannot be used with --delete: deleting the record leaves the host&apos;s address alone.</source>
        <translation>--address ne peut pas être utilisé avec --delete&#xa0;: la suppression de l’enregistrement ne touche pas à l’adresse de l’hôte.</translation>
    </message>
    <message>
        <source>--replace and --delete cannot be used together.</source>
        <translation>--replace et --delete ne peuvent pas être utilisés ensemble.</translation>
    </message>
    <message>
        <source>Give either --nameserver (a DNS server that takes signed dynamic updates) or --via-dns-server (a Windows DNS server reached over WinRM), not both and not neither.</source>
        <translation>Indiquez soit --nameserver (un serveur DNS qui accepte des mises à jour dynamiques signées), soit --via-dns-server (un serveur DNS Windows joint par WinRM)&#xa0;: l’un des deux, pas les deux.</translation>
    </message>
    <message>
        <source>%1 is for dynamic updates: leave it out with --via-dns-server (the DNS server&apos;s own cmdlets need no key and do not set the host&apos;s address).</source>
        <translation>%1 sert aux mises à jour dynamiques&#xa0;: omettez-le avec --via-dns-server (les applets du serveur DNS n’ont besoin d’aucune clé et ne définissent pas l’adresse de l’hôte).</translation>
    </message>
    <message>
        <source>Zone %1 on the DNS server %2 (Active Directory–integrated: %3; dynamic updates: %4).</source>
        <translation>Zone %1 sur le serveur DNS %2 (intégrée à Active Directory&#xa0;: %3&#x202f;; mises à jour dynamiques&#xa0;: %4).</translation>
    </message>
    <message>
        <source>It held before:</source>
        <translation>Elle contenait avant&#xa0;:</translation>
    </message>
    <message>
        <source>It holds now:</source>
        <translation>Elle contient maintenant&#xa0;:</translation>
    </message>
    <message>
        <source>no _vlmcs._tcp record</source>
        <translation>aucun enregistrement _vlmcs._tcp</translation>
    </message>
    <message>
        <source>%1 (created by %2)</source>
        <translation>%1 (créé par %2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>--read reads a Windows DNS server: give it with --via-dns-server.</source>
        <translation>--read lit un serveur DNS Windows&#xa0;: indiquez-le avec --via-dns-server.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>DnsQueryStatus</name>
    <message>
        <source>answer</source>
        <translation>réponse</translation>
    </message>
    <message>
        <source>no record of this type</source>
        <translation>aucun enregistrement de ce type</translation>
    </message>
    <message>
        <source>no such name (NXDOMAIN)</source>
        <translation>nom inexistant (NXDOMAIN)</translation>
    </message>
    <message>
        <source>refused (REFUSED)</source>
        <translation>refusé (REFUSED)</translation>
    </message>
    <message>
        <source>server failure (SERVFAIL)</source>
        <translation>défaillance du serveur (SERVFAIL)</translation>
    </message>
    <message>
        <source>error code from the server</source>
        <translation>code d’erreur du serveur</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>pas de réponse à temps</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>invalid reply</source>
        <translation>réponse non valide</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>non interrogé</translation>
    </message>
</context>
<context>
    <name>DnsRemedy</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Port number</source>
        <translation>Numéro de port</translation>
    </message>
    <message>
        <source>Host offering this service</source>
        <translation>Hôte offrant ce service</translation>
    </message>
</context>
<context>
    <name>DnsServerPublish</name>
    <message>
        <source>Zone %2 on the DNS server %1 holds for %3: %4.</source>
        <translation>La zone %2 sur le serveur DNS %1 contient pour %3&#xa0;: %4.</translation>
    </message>
    <message>
        <source>no _vlmcs._tcp record</source>
        <translation>aucun enregistrement _vlmcs._tcp</translation>
    </message>
    <message>
        <source>Published and verified on the DNS server %1: zone %2 now holds “%3 SRV %4”.</source>
        <translation>Publié et vérifié sur le serveur DNS %1&#xa0;: la zone %2 contient maintenant «&#x202f;%3 SRV %4&#x202f;».</translation>
    </message>
    <message>
        <source>Deleted and verified on the DNS server %1: zone %2 no longer names %3.</source>
        <translation>Supprimé et vérifié sur le serveur DNS %1&#xa0;: la zone %2 ne nomme plus %3.</translation>
    </message>
    <message>
        <source>Zone %2 on %1 holds no _vlmcs._tcp record for %3; nothing was changed.</source>
        <translation>La zone %2 sur %1 ne contient aucun enregistrement _vlmcs._tcp pour %3&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 ran the change, but its zone %2 does not hold what was asked; it holds: %3.</source>
        <translation>%1 a exécuté la modification, mais sa zone %2 ne contient pas ce qui était demandé&#x202f;; elle contient&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Another process may have changed the record at the same moment (a KMS host publishing itself, or replication between domain controllers). Read the zone again in DNS Manager.</source>
        <translation>Un autre processus a peut-être modifié l’enregistrement au même moment (un hôte KMS qui se publie lui-même, ou la réplication entre contrôleurs de domaine). Relisez la zone dans le Gestionnaire DNS.</translation>
    </message>
    <message>
        <source>The DNS server %1 holds no zone for %2 (asked: %3).</source>
        <translation>Le serveur DNS %1 ne contient aucune zone pour %2 (demandé&#xa0;: %3).</translation>
    </message>
    <message>
        <source>Name a domain controller of the domain %1 that runs DNS (nltest /dsgetdc:%1 names one).</source>
        <translation>Indiquez un contrôleur du domaine %1 qui exécute le DNS (nltest /dsgetdc:%1 en nomme un).</translation>
    </message>
    <message>
        <source>%1 is not a Windows DNS server: it has no DnsServer module.</source>
        <translation>%1 n’est pas un serveur DNS Windows&#xa0;: il n’a pas le module DnsServer.</translation>
    </message>
    <message>
        <source>Name a domain controller that runs the DNS Server role (Windows Server 2012 or later).</source>
        <translation>Indiquez un contrôleur de domaine qui exécute le rôle Serveur DNS (Windows Server 2012 ou plus récent).</translation>
    </message>
    <message>
        <source>The DNS server %1 refused the change: %2</source>
        <translation>Le serveur DNS %1 a refusé la modification&#xa0;: %2</translation>
    </message>
    <message>
        <source>The record “%1” was created by %2, not by the KMS host&apos;s own account (%3): the host cannot update it when its port, priority or weight change (event 12293 on the host).</source>
        <translation>L’enregistrement «&#x202f;%1&#x202f;» a été créé par %2, et non par le propre compte de l’hôte KMS (%3)&#xa0;: l’hôte ne peut pas le mettre à jour quand son port, sa priorité ou son poids changent (événement 12293 sur l’hôte).</translation>
    </message>
    <message>
        <source>Keep it up to date from here, or give %3 Full Control on the record (DNS Manager → the record → Properties → Security), or delete it and restart the host&apos;s Software Protection service so that the host creates its own.</source>
        <translation>Tenez-le à jour d’ici, ou donnez à %3 le contrôle total sur l’enregistrement (Gestionnaire DNS → l’enregistrement → Propriétés → Sécurité), ou supprimez-le et redémarrez le service Protection logicielle de l’hôte pour qu’il crée le sien.</translation>
    </message>
</context>
<context>
    <name>DnsSeverity</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>AVERTISSEMENT</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ERREUR</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cause: %1</source>
        <translation>Cause&#xa0;: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire&#xa0;: %1</translation>
    </message>
    <message>
        <source>The machine reported error %1.</source>
        <translation>La machine a signalé l’erreur %1.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong (%1). Nothing more is known.</source>
        <translation>Une erreur inattendue s’est produite (%1). On n’en sait pas plus.</translation>
    </message>
    <message>
        <source>Try again. If it happens again, close the wizard and start it again; the host check shows what state the machine is in.</source>
        <translation>Réessayez. Si cela se reproduit, fermez l’assistant et relancez-le&#x202f;; la vérification de l’hôte montre dans quel état se trouve la machine.</translation>
    </message>
</context>
<context>
    <name>ExecutionError</name>
    <message>
        <source>%1 could not be reached on port %2.</source>
        <translation>Impossible de joindre %1 sur le port %2.</translation>
    </message>
    <message>
        <source>Check the host name and that the machine is on. WinRM listens on 5985 (HTTP) or 5986 (HTTPS): run “winrm quickconfig” on the machine, and allow the port in its firewall.</source>
        <translation>Vérifiez le nom d’hôte et que la machine est allumée. WinRM écoute sur le port 5985 (HTTP) ou 5986 (HTTPS)&#xa0;: exécutez «&#x202f;winrm quickconfig&#x202f;» sur la machine et autorisez ce port dans son pare-feu.</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2.</source>
        <translation>%1 a refusé la connexion sur le port %2.</translation>
    </message>
    <message>
        <source>The machine is up but no WinRM listener answers on that port. Run “winrm quickconfig” (HTTP) or create an HTTPS listener, or pick the other protocol.</source>
        <translation>La machine répond, mais aucun écouteur WinRM n’est actif sur ce port. Exécutez «&#x202f;winrm quickconfig&#x202f;» (HTTP) ou créez un écouteur HTTPS, ou choisissez l’autre protocole.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 n’a pas répondu dans le délai de %2 secondes.</translation>
    </message>
    <message>
        <source>The machine or the network is too slow or overloaded. Try again, or raise the time-out under Advanced.</source>
        <translation>La machine ou le réseau est trop lent ou surchargé. Réessayez ou augmentez le délai d’attente dans «&#x202f;Options avancées&#x202f;».</translation>
    </message>
    <message>
        <source>%1 rejected the user name or password.</source>
        <translation>%1 a refusé le nom d’utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <source>Check the password. Basic authentication works only with local accounts; use Negotiate (NTLM) for a domain account. A local administrator other than the built-in Administrator needs LocalAccountTokenFilterPolicy=1 (UAC remote restrictions).</source>
        <translation>Vérifiez le mot de passe. L’authentification Basic ne fonctionne qu’avec des comptes locaux&#x202f;; utilisez Negotiate (NTLM) pour un compte de domaine. Un administrateur local autre que le compte Administrateur intégré a besoin de LocalAccountTokenFilterPolicy=1 (restrictions distantes de l’UAC).</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified.</source>
        <translation>Le certificat de %1 n’a pas pu être vérifié.</translation>
    </message>
    <message>
        <source>Give the CA file that issued the machine&apos;s WinRM certificate, or check that the name you typed matches the certificate. Turning validation off is possible but exposes the password to whoever sits in between.</source>
        <translation>Indiquez le fichier de l’autorité de certification qui a émis le certificat WinRM de la machine, ou vérifiez que le nom saisi correspond au certificat. Désactiver la validation est possible, mais expose le mot de passe à quiconque s’interpose sur le réseau.</translation>
    </message>
    <message>
        <source>WinRM on %1 reported a fault: %2</source>
        <translation>WinRM sur %1 a signalé une erreur&#xa0;: %2</translation>
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
        <translation>La réponse était tronquée ou altérée. Réessayez&#x202f;; si le problème persiste, vérifiez que Windows PowerShell 3.0 ou une version ultérieure est installé sur la machine.</translation>
    </message>
    <message>
        <source>%1 runs Windows PowerShell %2; the wizard needs Windows PowerShell 3.0 or later.</source>
        <translation>%1 exécute Windows PowerShell %2&#x202f;; l’assistant nécessite Windows PowerShell 3.0 ou une version ultérieure.</translation>
    </message>
    <message>
        <source>Install Windows Management Framework 5.1 on the machine. It needs Windows 7 SP1 or Windows Server 2008 R2 SP1 and .NET Framework 4.5.2, and a restart.</source>
        <translation>Installez Windows Management Framework 5.1 sur la machine. Il nécessite Windows 7 SP1 ou Windows Server 2008 R2 SP1 et .NET Framework 4.5.2, puis un redémarrage.</translation>
    </message>
    <message>
        <source>Windows PowerShell on %1 runs in %2 mode, where the wizard&apos;s scripts cannot work.</source>
        <translation>Windows PowerShell sur %1 s’exécute en mode %2, dans lequel les scripts de l’assistant ne peuvent pas fonctionner.</translation>
    </message>
    <message>
        <source>Application control restricts PowerShell on this machine. With AppLocker script rules, connect with an account they allow (the default rules allow the Administrators group). With Windows Defender Application Control (WDAC), commands sent to PowerShell always run restricted: the policy must allow them (for example in audit mode) while the wizard works on this machine.</source>
        <translation>Un contrôle des applications restreint PowerShell sur cette machine. Avec des règles de script AppLocker, connectez-vous avec un compte qu’elles autorisent (les règles par défaut autorisent le groupe Administrateurs). Avec Windows Defender Application Control (WDAC), les commandes envoyées à PowerShell s’exécutent toujours en mode restreint&#xa0;: la stratégie doit les autoriser (par exemple en mode audit) le temps que l’assistant travaille sur cette machine.</translation>
    </message>
    <message>
        <source>This cannot be done on %1: %2</source>
        <translation>Impossible sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Run the wizard on a machine where this transport exists.</source>
        <translation>Exécutez l’assistant sur une machine qui prend en charge ce mode de connexion.</translation>
    </message>
    <message>
        <source>%1 sent an answer of more than %2 MB; the wizard stopped reading it.</source>
        <translation>%1 a envoyé une réponse de plus de %2 Mo&#x202f;; l’assistant a cessé de la lire.</translation>
    </message>
    <message>
        <source>A WinRM answer holds a few hundred kilobytes at most, so what answers on that port is not a working WinRM service, or a device in between alters the traffic. Check the machine&apos;s address and port, and restart its WinRM service (Restart-Service WinRM).</source>
        <translation>Une réponse WinRM fait au plus quelques centaines de kilo-octets&#xa0;: ce qui répond sur ce port n’est donc pas un service WinRM en état de marche, ou un équipement intermédiaire modifie le trafic. Vérifiez l’adresse et le port de la machine, et redémarrez son service WinRM (Restart-Service WinRM).</translation>
    </message>
    <message>
        <source>%1 answered on port %2, but not with an HTTP answer WinRM would send.</source>
        <translation>%1 a répondu sur le port %2, mais pas par une réponse HTTP telle que WinRM en envoie.</translation>
    </message>
    <message>
        <source>Another service may listen on that port, or a device in between alters the traffic. Check the port: WinRM listens on 5985 (HTTP) and 5986 (HTTPS).</source>
        <translation>Un autre service écoute peut-être sur ce port, ou un équipement intermédiaire modifie le trafic. Vérifiez le port&#xa0;: WinRM écoute sur 5985 (HTTP) et 5986 (HTTPS).</translation>
    </message>
    <message>
        <source>%1 accepted the connection on port %2, but the TLS handshake did not complete.</source>
        <translation>%1 a accepté la connexion sur le port %2, mais la négociation TLS n’a pas abouti.</translation>
    </message>
    <message>
        <source>Something on that port takes connections but does not speak TLS, such as an HTTP listener, or the machine&apos;s WinRM service is stuck. Check that the port is the machine&apos;s HTTPS listener (5986), or choose HTTP (5985).</source>
        <translation>Quelque chose sur ce port accepte les connexions sans parler TLS, par exemple un écouteur HTTP, ou le service WinRM de la machine est bloqué. Vérifiez que ce port est bien l’écouteur HTTPS de la machine (5986), ou choisissez HTTP (5985).</translation>
    </message>
    <message>
        <source>%1 answered with a redirection (HTTP %2) instead of WinRM.</source>
        <translation>%1 a répondu par une redirection (HTTP %2) au lieu de WinRM.</translation>
    </message>
    <message>
        <source>A WinRM service never redirects, so the address leads to a web server or a proxy. Check the WinRM address under Advanced: its port, and its path (usually /wsman).</source>
        <translation>Un service WinRM ne redirige jamais&#xa0;: l’adresse mène donc à un serveur web ou à un proxy. Vérifiez l’adresse WinRM sous «&#x202f;Avancé&#x202f;»&#xa0;: son port et son chemin (en général /wsman).</translation>
    </message>
    <message>
        <source>The machine or the network is too slow or overloaded. Try again, or allow more time with --timeout (seconds).</source>
        <translation>La machine ou le réseau est trop lent ou surchargé. Réessayez, ou accordez plus de temps avec --timeout (en secondes).</translation>
    </message>
    <message>
        <source>A WinRM service never redirects, so the address leads to a web server or a proxy. Check --winrm-url: its port, and its path (usually /wsman).</source>
        <translation>Un service WinRM ne redirige jamais&#xa0;: l’adresse mène donc à un serveur web ou à un proxy. Vérifiez --winrm-url&#xa0;: son port et son chemin (en général /wsman).</translation>
    </message>
    <message>
        <source>The name %1 could not be found (DNS): no address is known for it.</source>
        <translation>Le nom %1 est introuvable (DNS)&#xa0;: aucune adresse ne lui correspond.</translation>
    </message>
    <message>
        <source>Check the spelling. Type the full name (such as kms01.corp.example) or the IP address; the DNS servers of this computer must know the name.</source>
        <translation>Vérifiez l’orthographe. Saisissez le nom complet (par exemple kms01.corp.example) ou l’adresse IP&#x202f;; les serveurs DNS de cet ordinateur doivent connaître ce nom.</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2 (%3): no WinRM listener answers there.</source>
        <translation>%1 a refusé la connexion sur le port %2 (%3)&#xa0;: aucun écouteur WinRM n’y répond.</translation>
    </message>
    <message>
        <source>The machine is on, but WinRM does not listen on port %1. Run “winrm quickconfig” on the machine: it starts the service, creates the HTTP listener on port 5985 and opens the firewall for it.</source>
        <translation>La machine est allumée, mais WinRM n’écoute pas sur le port %1. Exécutez «&#x202f;winrm quickconfig&#x202f;» sur la machine&#xa0;: la commande démarre le service, crée l’écouteur HTTP sur le port 5985 et ouvre le pare-feu pour lui.</translation>
    </message>
    <message>
        <source>The machine is on, but nothing listens on HTTPS port %1. “winrm quickconfig” creates only the HTTP listener (port 5985): choose HTTP with Negotiate, or create an HTTPS listener with a certificate made out to the machine&apos;s name (“winrm quickconfig -transport:https”).</source>
        <translation>La machine est allumée, mais rien n’écoute sur le port HTTPS %1. «&#x202f;winrm quickconfig&#x202f;» ne crée que l’écouteur HTTP (port 5985)&#xa0;: choisissez HTTP avec Negotiate, ou créez un écouteur HTTPS avec un certificat établi au nom de la machine («&#x202f;winrm quickconfig -transport:https&#x202f;»).</translation>
    </message>
    <message>
        <source>%1 did not answer the connection on port %2 (%3).</source>
        <translation>%1 n’a pas répondu à la connexion sur le port %2 (%3).</translation>
    </message>
    <message>
        <source>The machine is off, or a firewall silently drops the traffic. Check that it is on and that its firewall lets this computer reach port %1.</source>
        <translation>La machine est éteinte, ou un pare-feu rejette le trafic sans rien dire. Vérifiez qu’elle est allumée et que son pare-feu laisse cet ordinateur atteindre le port %1.</translation>
    </message>
    <message>
        <source>%1 accepted the connection on port %2 (%3) but did not answer within %4 seconds.</source>
        <translation>%1 a accepté la connexion sur le port %2 (%3) mais n’a pas répondu dans les %4 secondes.</translation>
    </message>
    <message>
        <source>The WinRM service on the machine is overloaded or stuck, or a device in between holds the traffic. Try again; if it persists, restart the service on the machine (Restart-Service WinRM).</source>
        <translation>Le service WinRM de la machine est surchargé ou bloqué, ou un équipement intermédiaire retient le trafic. Réessayez&#x202f;; si cela persiste, redémarrez le service sur la machine (Restart-Service WinRM).</translation>
    </message>
    <message>
        <source>The certificate of %1 (HTTPS, port %2) comes from a certification authority this computer does not trust.</source>
        <translation>Le certificat de %1 (HTTPS, port %2) provient d’une autorité de certification à laquelle cet ordinateur ne fait pas confiance.</translation>
    </message>
    <message>
        <source>Choose as CA file the certificate of the authority that issued the machine&apos;s WinRM certificate (PEM, or a Base-64 .cer). Or choose HTTP with Negotiate, which needs no certificate.</source>
        <translation>Choisissez comme fichier CA le certificat de l’autorité qui a émis le certificat WinRM de la machine (PEM, ou .cer en Base-64). Ou choisissez HTTP avec Negotiate, qui ne demande aucun certificat.</translation>
    </message>
    <message>
        <source>The certificate of %1 (HTTPS, port %2) is made out to another name than %1.</source>
        <translation>Le certificat de %1 (HTTPS, port %2) est établi à un autre nom que %1.</translation>
    </message>
    <message>
        <source>Type the host name the certificate names, usually the machine&apos;s full name (such as kms01.corp.example) rather than its IP address or short name.</source>
        <translation>Saisissez le nom d’hôte que porte le certificat, en général le nom complet de la machine (par exemple kms01.corp.example) plutôt que son adresse IP ou son nom court.</translation>
    </message>
    <message>
        <source>The certificate of %1 (HTTPS, port %2) has expired or is not valid yet.</source>
        <translation>Le certificat de %1 (HTTPS, port %2) a expiré ou n’est pas encore valide.</translation>
    </message>
    <message>
        <source>Renew the machine&apos;s WinRM certificate and bind the new one to its HTTPS listener, and check that the clocks of both computers are right. Meanwhile, HTTP with Negotiate needs no certificate.</source>
        <translation>Renouvelez le certificat WinRM de la machine et liez le nouveau à son écouteur HTTPS, et vérifiez que les horloges des deux ordinateurs sont justes. En attendant, HTTP avec Negotiate ne demande aucun certificat.</translation>
    </message>
    <message>
        <source>%1 refused the account %2 or its password (%3, port %4).</source>
        <translation>%1 a refusé le compte %2 ou son mot de passe (%3, port %4).</translation>
    </message>
    <message>
        <source>Check the password, and the domain before the backslash (its short name, such as EXAMPLE\administrator). The account must be a member of the machine&apos;s Administrators group.</source>
        <translation>Vérifiez le mot de passe, et le domaine avant la barre oblique inverse (son nom court, par exemple EXAMPLE\administrator). Le compte doit être membre du groupe Administrateurs de la machine.</translation>
    </message>
    <message>
        <source>Check the password, and the domain after the @ (such as administrator@corp.example). The account must be a member of the machine&apos;s Administrators group.</source>
        <translation>Vérifiez le mot de passe, et le domaine après le @ (par exemple administrator@corp.example). Le compte doit être membre du groupe Administrateurs de la machine.</translation>
    </message>
    <message>
        <source>Check the password of this local account. Only the built-in Administrator may work remotely by default: UAC remote restrictions take the rights of any other local administrator unless LocalAccountTokenFilterPolicy is 1 under HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System. A domain account avoids this.</source>
        <translation>Vérifiez le mot de passe de ce compte local. Par défaut, seul l’Administrateur intégré peut travailler à distance&#xa0;: les restrictions distantes de l’UAC retirent leurs droits aux autres administrateurs locaux, sauf si LocalAccountTokenFilterPolicy vaut 1 sous HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System. Un compte de domaine évite cela.</translation>
    </message>
    <message>
        <source>The name has no domain. Write DOMAIN\name or name@domain for a domain account, and .\name for an account of the machine itself; then check the password.</source>
        <translation>Le nom n’indique aucun domaine. Écrivez DOMAINE\nom ou nom@domaine pour un compte de domaine, et .\nom pour un compte de la machine elle-même&#x202f;; puis vérifiez le mot de passe.</translation>
    </message>
    <message>
        <source>Basic authentication accepts only the machine&apos;s local accounts. Choose Negotiate (NTLM) for a domain account, or write a local account as .\name.</source>
        <translation>L’authentification Basic n’accepte que les comptes locaux de la machine. Choisissez Negotiate (NTLM) pour un compte de domaine, ou écrivez un compte local sous la forme .\nom.</translation>
    </message>
</context>
<context>
    <name>ExecutionErrorOutput</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Windows said: %1</source>
        <translation>Message de Windows&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FieldCapture</name>
    <message>
        <source>%1 is not a JSON file: %2</source>
        <translation>%1 n’est pas un fichier JSON&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a KMS Host Wizard capture (expected format “%2”).</source>
        <translation>%1 n’est pas une capture de l’assistant d’hôte KMS (format attendu&#xa0;: «&#x202f;%2&#x202f;»).</translation>
    </message>
    <message>
        <source>%1 names no machine (machine.name).</source>
        <translation>%1 ne nomme aucune machine (machine.name).</translation>
    </message>
    <message>
        <source>%1 holds no answer of a read-only operation (inspect, status…).</source>
        <translation>%1 ne contient aucune réponse d’une opération en lecture seule (inspect, status…).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>FindingsTable</name>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
</context>
<context>
    <name>FirewallProfile</name>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
</context>
<context>
    <name>FirewallScope</name>
    <message>
        <source>any address</source>
        <translation>toute adresse</translation>
    </message>
    <message>
        <source>local subnet only</source>
        <translation>sous-réseau local uniquement</translation>
    </message>
    <message>
        <source>listed addresses only</source>
        <translation>adresses listées uniquement</translation>
    </message>
</context>
<context>
    <name>FleetConversion</name>
    <message>
        <source>%1 could not be read, so no plan was made for it.</source>
        <translation>%1 n’a pas pu être lu&#xa0;: aucun plan n’a été établi pour lui.</translation>
    </message>
    <message>
        <source>The MAK must come from the keyring, and no safe keyring is available on this computer.</source>
        <translation>La MAK doit provenir du trousseau, et aucun trousseau sûr n’est disponible sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The keyring holds no MAK labelled “%1”.</source>
        <translation>Le trousseau ne contient aucune MAK nommée «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>The keyring entry “%1” does not hold a valid product key.</source>
        <translation>L’entrée «&#x202f;%1&#x202f;» du trousseau ne contient pas de clé de produit valide.</translation>
    </message>
    <message>
        <source>Conversion run %1 was interrupted and includes %2. Finish it first with “kms-wizard convert --resume %1”.</source>
        <translation>La conversion %1 a été interrompue et comprend %2. Terminez-la d’abord avec «&#x202f;kms-wizard convert --resume %1&#x202f;».</translation>
    </message>
    <message>
        <source>No interrupted conversion run to resume.</source>
        <translation>Aucune conversion interrompue à reprendre.</translation>
    </message>
    <message>
        <source>Conversion run %1 is not an interrupted run (finished or unknown).</source>
        <translation>La conversion %1 n’est pas une conversion interrompue (terminée ou inconnue).</translation>
    </message>
    <message>
        <source>Conversion run %1 cannot be resumed: its journal record is damaged.</source>
        <translation>La conversion %1 ne peut pas être reprise&#xa0;: son enregistrement dans le journal est endommagé.</translation>
    </message>
    <message>
        <source>%1 was not converted: the run was cancelled before it started.</source>
        <translation>%1 n’a pas été converti&#xa0;: la conversion a été annulée avant de l’atteindre.</translation>
    </message>
    <message>
        <source>%1 could not be read to check the interrupted steps; the run stays open for a later resume.</source>
        <translation>%1 n’a pas pu être lu pour vérifier les étapes interrompues&#x202f;; la conversion reste ouverte pour une reprise ultérieure.</translation>
    </message>
    <message>
        <source>%1 failed unexpectedly: this is a bug in KMS Host Wizard; the debug log has the details. Nothing was changed on it yet; the run stays open for a later resume.</source>
        <translation>%1 a échoué de façon inattendue&#xa0;: c’est un bogue de KMS Host Wizard&#x202f;; le journal de débogage en donne le détail. Rien n’y a encore été modifié&#x202f;; la conversion reste ouverte pour une reprise ultérieure.</translation>
    </message>
    <message>
        <source>%1 failed unexpectedly: this is a bug in KMS Host Wizard; the debug log has the details. Some of its steps were already done (its key may have changed); the run stays open for a later resume, which checks them again.</source>
        <translation>%1 a échoué de façon inattendue&#xa0;: c’est un bogue de KMS Host Wizard&#x202f;; le journal de débogage en donne le détail. Certaines de ses étapes étaient déjà faites (sa clé de produit a pu changer)&#x202f;; la conversion reste ouverte pour une reprise ultérieure, qui les vérifiera de nouveau.</translation>
    </message>
    <message>
        <source>%1 was not converted: it was never started; the run stays open for a later resume.</source>
        <translation>%1 n’a pas été converti&#xa0;: sa conversion n’a jamais commencé&#x202f;; la conversion reste ouverte pour une reprise ultérieure.</translation>
    </message>
    <message>
        <source>Checked again after the interruption: already in effect.</source>
        <translation>Vérifié de nouveau après l’interruption&#xa0;: déjà en vigueur.</translation>
    </message>
    <message>
        <source>Checked again after the interruption: not in effect, so it is run again.</source>
        <translation>Vérifié de nouveau après l’interruption&#xa0;: pas en vigueur, l’étape est donc exécutée de nouveau.</translation>
    </message>
    <message>
        <source>Read the licensing state again after the interruption.</source>
        <translation>Relire l’état de licence après l’interruption.</translation>
    </message>
    <message>
        <source>Interrupted before its answer; read again by the resumed run.</source>
        <translation>Interrompu avant sa réponse&#x202f;; relu par la conversion reprise.</translation>
    </message>
    <message>
        <source>Its answer was lost (%1); read back from the machine: in effect.</source>
        <translation>Sa réponse a été perdue (%1)&#x202f;; relu sur la machine&#xa0;: en vigueur.</translation>
    </message>
    <message>
        <source>Its answer was lost (%1); read back from the machine: not in effect.</source>
        <translation>Sa réponse a été perdue (%1)&#x202f;; relu sur la machine&#xa0;: pas en vigueur.</translation>
    </message>
    <message>
        <source>Its answer was lost (%1) and the machine could not be read back.</source>
        <translation>Sa réponse a été perdue (%1) et la machine n’a pas pu être relue.</translation>
    </message>
</context>
<context>
    <name>FleetInventory</name>
    <message>
        <source>Name the machines: host names, --hosts FILE, --range CIDR, --ad URL --ad-base DN, or --lab-all with --lab.</source>
        <translation>Indiquez les machines&#xa0;: noms d’hôtes, --hosts FICHIER, --range CIDR, --ad URL --ad-base DN, ou --lab-all avec --lab.</translation>
    </message>
    <message>
        <source>--lab-all takes the machines of the simulated lab: add --lab.</source>
        <translation>--lab-all reprend les machines du laboratoire simulé&#xa0;: ajoutez --lab.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Le fichier %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: CSV with “%2” as separator, host names from column %3 %4.</source>
        <translation>%1&#xa0;: CSV avec «&#x202f;%2&#x202f;» comme séparateur, noms d’hôtes pris dans la colonne %3 %4.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more line(s) left out.</source>
        <translation>
            <numerusform>… et %n autre ligne écartée.</numerusform>
            <numerusform>… et %n autres lignes écartées.</numerusform>
        </translation>
    </message>
    <message>
        <source>--ad needs the search base: --ad-base OU=…,DC=…,DC=…</source>
        <translation>--ad demande la base de recherche&#xa0;: --ad-base OU=…,DC=…,DC=…</translation>
    </message>
    <message>
        <source>Directory password for %1: </source>
        <translation>Mot de passe de l’annuaire pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>No directory password: use --ad-password-stdin, --ad-credential NAME, or run in a terminal to be asked.</source>
        <translation>Aucun mot de passe d’annuaire&#xa0;: utilisez --ad-password-stdin, --ad-credential NOM, ou lancez la commande dans un terminal pour qu’il soit demandé.</translation>
    </message>
    <message>
        <source>The keyring holds no password under the name “%1”.</source>
        <translation>Le trousseau ne contient aucun mot de passe sous le nom «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>%1
What to do: %2</source>
        <translation>%1
Que faire&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 Use --ad-ca-file FILE to give it.</source>
        <translation>%1 Indiquez-le avec --ad-ca-file FICHIER.</translation>
    </message>
    <message>
        <source>%1 (StartTLS: --ad-starttls, with --ad-ca-file FILE if needed.)</source>
        <translation>%1 (StartTLS&#xa0;: --ad-starttls, avec --ad-ca-file FICHIER si nécessaire.)</translation>
    </message>
    <message>
        <source>%1 Use --ad-user with --ad-password-stdin or --ad-credential NAME.</source>
        <translation>%1 Utilisez --ad-user avec --ad-password-stdin ou --ad-credential NOM.</translation>
    </message>
    <message>
        <source>Add --ad-include-disabled to take them, or check --ad-base, --ad-name and --ad-os.</source>
        <translation>Ajoutez --ad-include-disabled pour les prendre, ou vérifiez --ad-base, --ad-name et --ad-os.</translation>
    </message>
</context>
<context>
    <name>FleetOptions</name>
    <message>
        <source>The concurrency must be a whole number from 1 to %1.</source>
        <translation>Le parallélisme doit être un nombre entier de 1 à %1.</translation>
    </message>
    <message>
        <source>The time-out per host must be more than 0 and at most %1 seconds.</source>
        <translation>Le délai d’attente par hôte doit être supérieur à 0 et d’au plus %1 secondes.</translation>
    </message>
    <message>
        <source>The expiry warning must be from 0 to 3650 days.</source>
        <translation>L’alerte d’expiration doit être comprise entre 0 et 3650 jours.</translation>
    </message>
</context>
<context>
    <name>FleetReport</name>
    <message numerus="yes">
        <source>Licensing scan of %n host(s)</source>
        <translation>
            <numerusform>Analyse des licences de %n hôte</numerusform>
            <numerusform>Analyse des licences de %n hôtes</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversion run %1 (%2)</source>
        <translation>Conversion %1 (%2)</translation>
    </message>
    <message>
        <source>Generated %1 (UTC)</source>
        <translation>Généré le %1 (UTC)</translation>
    </message>
    <message>
        <source>MAK to KMS</source>
        <translation>MAK vers KMS</translation>
    </message>
    <message>
        <source>KMS to MAK</source>
        <translation>KMS vers MAK</translation>
    </message>
    <message>
        <source>Products by license status</source>
        <translation>Produits par état de licence</translation>
    </message>
    <message>
        <source>Hosts by scan outcome</source>
        <translation>Hôtes par résultat d’analyse</translation>
    </message>
    <message>
        <source>Products by channel</source>
        <translation>Produits par canal</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>found through DNS: %1</source>
        <translation>trouvé par DNS&#xa0;: %1</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>aucun trouvé</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Scan outcome</source>
        <translation>Résultat d’analyse</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Système d’exploitation</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>License status</source>
        <translation>État de licence</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Expires (UTC)</source>
        <translation>Expire le (UTC)</translation>
    </message>
    <message>
        <source>KMS host</source>
        <translation>Hôte KMS</translation>
    </message>
    <message>
        <source>Product key</source>
        <translation>Clé de produit</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Analysés</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Injoignables</translation>
    </message>
    <message>
        <source>Credentials refused</source>
        <translation>Identifiants refusés</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Not scanned (cancelled)</source>
        <translation>Non analysés (annulé)</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>KMS clients</source>
        <translation>Clients KMS</translation>
    </message>
    <message>
        <source>MAK</source>
        <translation>MAK</translation>
    </message>
    <message>
        <source>Retail or OEM</source>
        <translation>Commerce ou OEM</translation>
    </message>
    <message>
        <source>KMS hosts</source>
        <translation>Hôtes KMS</translation>
    </message>
    <message>
        <source>Licensed</source>
        <translation>Sous licence</translation>
    </message>
    <message>
        <source>Unlicensed</source>
        <translation>Sans licence</translation>
    </message>
    <message>
        <source>In grace period</source>
        <translation>En période de grâce</translation>
    </message>
    <message numerus="yes">
        <source>Ending within %n day(s)</source>
        <translation>
            <numerusform>Fin dans %n jour au plus</numerusform>
            <numerusform>Fin dans %n jours au plus</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate client machine ID %1 on %2: the KMS host counts these machines once (clones not prepared with sysprep /generalize).</source>
        <translation>ID de machine cliente %1 en double sur %2&#xa0;: l’hôte KMS ne compte ces machines qu’une fois (clones non préparés avec sysprep /generalize).</translation>
    </message>
    <message>
        <source>This run was resumed after an interruption.</source>
        <translation>Cette conversion a été reprise après une interruption.</translation>
    </message>
    <message>
        <source>This run was cancelled; the hosts not started were left as they were.</source>
        <translation>Cette conversion a été annulée&#x202f;; les hôtes non commencés sont restés tels quels.</translation>
    </message>
</context>
<context>
    <name>HResult</name>
    <message>
        <source>No error.</source>
        <translation>Aucune erreur.</translation>
    </message>
    <message>
        <source>The operation succeeded.</source>
        <translation>L’opération a réussi.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Rien à faire.</translation>
    </message>
    <message>
        <source>The product is running in its initial grace period.</source>
        <translation>Le produit fonctionne pendant sa période de grâce initiale.</translation>
    </message>
    <message>
        <source>It has not been activated since it was installed or since its product key was changed.</source>
        <translation>Il n’a pas été activé depuis son installation ou depuis le changement de sa clé de produit.</translation>
    </message>
    <message>
        <source>Activate it. A KMS client activates itself as soon as it reaches a KMS host whose count meets its activation threshold; a MAK or retail product needs an online or phone activation.</source>
        <translation>Activez-le. Un client KMS s’active de lui-même dès qu’il joint un hôte KMS dont le décompte atteint son seuil d’activation&#x202f;; un produit MAK ou commercial doit être activé en ligne ou par téléphone.</translation>
    </message>
    <message>
        <source>The product is running in its additional (out-of-tolerance) grace period.</source>
        <translation>Le produit fonctionne pendant sa période de grâce supplémentaire (hors tolérance).</translation>
    </message>
    <message>
        <source>Its KMS activation expired (no renewal for 180 days) or the hardware changed too much.</source>
        <translation>Son activation KMS a expiré (aucun renouvellement depuis 180 jours) ou le matériel a trop changé.</translation>
    </message>
    <message>
        <source>Let the client reach its KMS host again (network, DNS, firewall), or activate it again.</source>
        <translation>Permettez au client de joindre à nouveau son hôte KMS (réseau, DNS, pare-feu) ou réactivez-le.</translation>
    </message>
    <message>
        <source>Access denied: administrator rights are required.</source>
        <translation>Accès refusé&#xa0;: des droits d’administrateur sont nécessaires.</translation>
    </message>
    <message>
        <source>The console was not elevated (User Account Control), or the remote account is not an administrator of the machine.</source>
        <translation>La console n’a pas été lancée avec élévation de privilèges (contrôle de compte d’utilisateur), ou le compte distant n’est pas administrateur de la machine.</translation>
    </message>
    <message>
        <source>Run the wizard elevated (“Run as administrator”) and use administrator credentials for remote machines.</source>
        <translation>Lancez l’assistant avec élévation de privilèges («&#x202f;Exécuter en tant qu’administrateur&#x202f;») et utilisez des identifiants d’administrateur pour les machines distantes.</translation>
    </message>
    <message>
        <source>The data is invalid.</source>
        <translation>Les données ne sont pas valides.</translation>
    </message>
    <message>
        <source>The licensing service rejected what it was given or read: a malformed key or value, or a damaged licensing store on the machine.</source>
        <translation>Le service de licences a refusé ce qu’il a reçu ou lu&#xa0;: une clé ou une valeur mal formée, ou un magasin de licences endommagé sur la machine.</translation>
    </message>
    <message>
        <source>Check the key or value and try again. If it persists, restart the Software Protection service (net stop sppsvc &amp;&amp; net start sppsvc) and read the Application event log of the machine for the licensing error.</source>
        <translation>Vérifiez la clé ou la valeur et réessayez. Si l’erreur persiste, redémarrez le service de protection logicielle (net stop sppsvc &amp;&amp; net start sppsvc) et consultez le journal Application de la machine pour l’erreur de licence.</translation>
    </message>
    <message>
        <source>The DNS name does not exist (invalid name).</source>
        <translation>Le nom DNS n’existe pas (nom non valide).</translation>
    </message>
    <message>
        <source>The client cannot find the KMS SRV records in DNS.</source>
        <translation>Le client ne trouve pas les enregistrements SRV du KMS dans le DNS.</translation>
    </message>
    <message>
        <source>As for 0x8007232B: check that a KMS host publishes its _vlmcs._tcp SRV record, or set the KMS host explicitly on the client (slmgr /skms host:port).</source>
        <translation>Comme pour 0x8007232B&#xa0;: vérifiez qu’un hôte KMS publie son enregistrement SRV _vlmcs._tcp, ou indiquez explicitement l’hôte KMS sur le client (slmgr /skms hôte:port).</translation>
    </message>
    <message>
        <source>The service is disabled and cannot be started.</source>
        <translation>Le service est désactivé et ne peut pas démarrer.</translation>
    </message>
    <message>
        <source>The Software Protection service (sppsvc) has its start type set to Disabled, often by a hardening script or a Group Policy.</source>
        <translation>Le type de démarrage du service de protection logicielle (sppsvc) est réglé sur Désactivé, souvent par un script de durcissement ou une stratégie de groupe.</translation>
    </message>
    <message>
        <source>Set it back to its default, Automatic (Delayed Start): “sc.exe config sppsvc start= delayed-auto”, then start it (net start sppsvc); if a Group Policy disables it, change the policy.</source>
        <translation>Remettez-le à sa valeur par défaut, Automatique (début différé)&#xa0;: «&#x202f;sc.exe config sppsvc start= delayed-auto&#x202f;», puis démarrez-le (net start sppsvc)&#x202f;; si une stratégie de groupe le désactive, modifiez la stratégie.</translation>
    </message>
    <message>
        <source>The RPC server is unavailable.</source>
        <translation>Le serveur RPC n’est pas disponible.</translation>
    </message>
    <message>
        <source>The KMS host cannot be reached: a firewall blocks its port, or a stale SRV record points at a machine that is no longer a KMS host.</source>
        <translation>L’hôte KMS est injoignable&#xa0;: un pare-feu bloque son port, ou un enregistrement SRV obsolète désigne une machine qui n’est plus un hôte KMS.</translation>
    </message>
    <message>
        <source>Open TCP port 1688 (or the configured port) in the KMS host&apos;s firewall and delete stale _vlmcs._tcp SRV records.</source>
        <translation>Ouvrez le port TCP 1688 (ou le port configuré) dans le pare-feu de l’hôte KMS et supprimez les enregistrements SRV _vlmcs._tcp obsolètes.</translation>
    </message>
    <message>
        <source>The DNS server failed.</source>
        <translation>Le serveur DNS a échoué.</translation>
    </message>
    <message>
        <source>A network or DNS server problem prevented the lookup of the KMS host.</source>
        <translation>Un problème de réseau ou de serveur DNS a empêché la recherche de l’hôte KMS.</translation>
    </message>
    <message>
        <source>Troubleshoot DNS: check that the client&apos;s DNS servers answer and that the zone is loaded on them.</source>
        <translation>Dépannez le DNS&#xa0;: vérifiez que les serveurs DNS du client répondent et que la zone y est chargée.</translation>
    </message>
    <message>
        <source>The DNS name does not exist.</source>
        <translation>Le nom DNS n’existe pas.</translation>
    </message>
    <message>
        <source>The client found no _vlmcs._tcp SRV record for a KMS host in its DNS domain.</source>
        <translation>Le client n’a trouvé aucun enregistrement SRV _vlmcs._tcp d’hôte KMS dans son domaine DNS.</translation>
    </message>
    <message>
        <source>Check that a KMS host exists and that its DNS publishing is on, or publish the SRV record by hand; otherwise set the KMS host explicitly on the client (slmgr /skms host:port). Without any KMS host, use a MAK.</source>
        <translation>Vérifiez qu’un hôte KMS existe et que sa publication DNS est activée, ou publiez l’enregistrement SRV manuellement&#x202f;; sinon, indiquez explicitement l’hôte KMS sur le client (slmgr /skms hôte:port). S’il n’y a aucun hôte KMS, utilisez une clé MAK.</translation>
    </message>
    <message>
        <source>The KMS host could not publish its SRV record: the DNS update was refused.</source>
        <translation>L’hôte KMS n’a pas pu publier son enregistrement SRV&#xa0;: la mise à jour DNS a été refusée.</translation>
    </message>
    <message>
        <source>Event 12293 on the KMS host: the host has no rights on the existing _VLMCS record, which belongs to the first KMS host that registered it.</source>
        <translation>Événement 12293 sur l’hôte KMS&#xa0;: l’hôte n’a aucun droit sur l’enregistrement _VLMCS existant, qui appartient au premier hôte KMS à l’avoir inscrit.</translation>
    </message>
    <message>
        <source>In DNS Manager, give the KMS host&apos;s computer account the right to update the _VLMCS record (or delete the stale record), or create the record by hand.</source>
        <translation>Dans le Gestionnaire DNS, accordez au compte d’ordinateur de l’hôte KMS le droit de mettre à jour l’enregistrement _VLMCS (ou supprimez l’enregistrement obsolète), ou créez l’enregistrement manuellement.</translation>
    </message>
    <message>
        <source>No DNS records were found.</source>
        <translation>Aucun enregistrement DNS n’a été trouvé.</translation>
    </message>
    <message>
        <source>The DNS query for the KMS SRV record (_vlmcs._tcp) returned no records.</source>
        <translation>La requête DNS pour l’enregistrement SRV du KMS (_vlmcs._tcp) n’a renvoyé aucun enregistrement.</translation>
    </message>
    <message>
        <source>Publish the _vlmcs._tcp SRV record (DNS publishing on the KMS host, or by hand), or set the KMS host explicitly on the clients.</source>
        <translation>Publiez l’enregistrement SRV _vlmcs._tcp (publication DNS sur l’hôte KMS, ou manuellement), ou indiquez explicitement l’hôte KMS sur les clients.</translation>
    </message>
    <message>
        <source>The server name could not be resolved.</source>
        <translation>Le nom du serveur n’a pas pu être résolu.</translation>
    </message>
    <message>
        <source>Online activation could not resolve Microsoft&apos;s activation server: no DNS server answers for Internet names, or the network needs a proxy the machine does not use. The Software Protection service uses the machine&apos;s WinHTTP proxy, not the proxy set in your browser.</source>
        <translation>L’activation en ligne n’a pas pu résoudre le serveur d’activation de Microsoft&#xa0;: aucun serveur DNS ne répond pour les noms Internet, ou le réseau exige un proxy que la machine n’utilise pas. Le service de protection logicielle utilise le proxy WinHTTP de la machine, pas le proxy configuré dans votre navigateur.</translation>
    </message>
    <message>
        <source>On the machine, check that Internet names resolve (nslookup www.microsoft.com) and check the WinHTTP proxy (netsh winhttp show proxy); to copy the browser&apos;s proxy: netsh winhttp import proxy source=ie. Without Internet access, activate by phone.</source>
        <translation>Sur la machine, vérifiez que les noms Internet se résolvent (nslookup www.microsoft.com) et vérifiez le proxy WinHTTP (netsh winhttp show proxy)&#x202f;; pour reprendre le proxy du navigateur&#xa0;: netsh winhttp import proxy source=ie. Sans accès Internet, activez par téléphone.</translation>
    </message>
    <message>
        <source>The connection to the server could not be established.</source>
        <translation>La connexion au serveur n’a pas pu être établie.</translation>
    </message>
    <message>
        <source>Online activation could not connect to Microsoft&apos;s activation server: a firewall or a proxy blocks outgoing HTTPS, or the WinHTTP proxy the Software Protection service uses (not the browser&apos;s) is missing or wrong.</source>
        <translation>L’activation en ligne n’a pas pu se connecter au serveur d’activation de Microsoft&#xa0;: un pare-feu ou un proxy bloque le HTTPS sortant, ou le proxy WinHTTP qu’utilise le service de protection logicielle (et non celui du navigateur) manque ou est faux.</translation>
    </message>
    <message>
        <source>Allow outgoing HTTPS (TCP 443) from the machine to Microsoft&apos;s activation servers, and check its WinHTTP proxy (netsh winhttp show proxy; netsh winhttp import proxy source=ie copies the browser&apos;s). Without Internet access, activate by phone.</source>
        <translation>Autorisez le HTTPS sortant (TCP 443) de la machine vers les serveurs d’activation de Microsoft, et vérifiez son proxy WinHTTP (netsh winhttp show proxy&#x202f;; netsh winhttp import proxy source=ie reprend celui du navigateur). Sans accès Internet, activez par téléphone.</translation>
    </message>
    <message>
        <source>A security error occurred on the secure connection.</source>
        <translation>Une erreur de sécurité s’est produite sur la connexion sécurisée.</translation>
    </message>
    <message>
        <source>The activation server&apos;s certificate could not be checked: the machine&apos;s date and time are wrong, its root certificates are out of date, or a proxy inspects the HTTPS traffic with its own certificate.</source>
        <translation>Le certificat du serveur d’activation n’a pas pu être vérifié&#xa0;: la date et l’heure de la machine sont fausses, ses certificats racines sont périmés, ou un proxy inspecte le trafic HTTPS avec son propre certificat.</translation>
    </message>
    <message>
        <source>Set the machine&apos;s date, time and time zone right, update its root certificates (Windows Update), and exempt Microsoft&apos;s activation servers from HTTPS inspection in the proxy. Then try again, or activate by phone.</source>
        <translation>Corrigez la date, l’heure et le fuseau horaire de la machine, mettez à jour ses certificats racines (Windows Update), et exemptez les serveurs d’activation de Microsoft de l’inspection HTTPS du proxy. Puis réessayez, ou activez par téléphone.</translation>
    </message>
    <message>
        <source>The activation server blocked the product key.</source>
        <translation>Le serveur d’activation a bloqué la clé de produit.</translation>
    </message>
    <message>
        <source>Microsoft has blocked this Multiple Activation Key (MAK).</source>
        <translation>Microsoft a bloqué cette clé d’activation multiple (MAK).</translation>
    </message>
    <message>
        <source>Get a new key from the Volume Licensing Service Center or the Microsoft Activation Center.</source>
        <translation>Procurez-vous une nouvelle clé auprès du Centre de gestion des licences en volume (VLSC) ou du centre d’activation Microsoft.</translation>
    </message>
    <message>
        <source>The product key has exceeded its unlock limit.</source>
        <translation>La clé de produit a dépassé sa limite de déverrouillage.</translation>
    </message>
    <message>
        <source>A KMS host key (CSVLK) can be activated on at most 6 hosts, up to 10 times each. This usually happens when the host key was installed on clients.</source>
        <translation>Une clé d’hôte KMS (CSVLK) peut être activée sur 6 hôtes au plus, 10 fois au plus chacun. Cela arrive généralement lorsque la clé d’hôte a été installée sur des clients.</translation>
    </message>
    <message>
        <source>Install KMS client setup keys (GVLKs) on clients, never the host key. Ask the Microsoft Activation Center for additional host activations.</source>
        <translation>Installez sur les clients des clés d’installation du client KMS (GVLK), jamais la clé d’hôte. Demandez des activations d’hôte supplémentaires au centre d’activation Microsoft.</translation>
    </message>
    <message>
        <source>The Multiple Activation Key (MAK) has exceeded its activation limit.</source>
        <translation>La clé d’activation multiple (MAK) a dépassé sa limite d’activations.</translation>
    </message>
    <message>
        <source>Every activation allowed for this MAK has been used.</source>
        <translation>Toutes les activations autorisées pour cette clé MAK ont été utilisées.</translation>
    </message>
    <message>
        <source>Ask the Microsoft Activation Center for more activations, or use another MAK.</source>
        <translation>Demandez des activations supplémentaires au centre d’activation Microsoft, ou utilisez une autre clé MAK.</translation>
    </message>
    <message>
        <source>The MAK extension limit has been exceeded.</source>
        <translation>La limite d’extension de la clé MAK a été dépassée.</translation>
    </message>
    <message>
        <source>The MAK&apos;s activations, extensions included, have all been used.</source>
        <translation>Toutes les activations de la clé MAK, extensions comprises, ont été utilisées.</translation>
    </message>
    <message>
        <source>The product key is not valid for this configuration.</source>
        <translation>La clé de produit n’est pas valide pour cette configuration.</translation>
    </message>
    <message>
        <source>This operating system or edition cannot use the key: wrong edition or key type, or prerequisite updates are missing (for example for Extended Security Updates keys).</source>
        <translation>Ce système d’exploitation ou cette édition ne peut pas utiliser la clé&#xa0;: mauvaise édition ou mauvais type de clé, ou mises à jour préalables manquantes (par exemple pour les clés des mises à jour de sécurité étendues, ESU).</translation>
    </message>
    <message>
        <source>Check that the key type matches the edition, and install the required updates.</source>
        <translation>Vérifiez que le type de clé correspond à l’édition et installez les mises à jour requises.</translation>
    </message>
    <message>
        <source>The grace period has expired.</source>
        <translation>La période de grâce a expiré.</translation>
    </message>
    <message>
        <source>The product was not activated before the end of its grace period.</source>
        <translation>Le produit n’a pas été activé avant la fin de sa période de grâce.</translation>
    </message>
    <message>
        <source>Activate it now: online, through a KMS host, or by phone.</source>
        <translation>Activez-le maintenant&#xa0;: en ligne, par un hôte KMS ou par téléphone.</translation>
    </message>
    <message>
        <source>The hardware has changed beyond the tolerated level.</source>
        <translation>Le matériel a changé au-delà du niveau toléré.</translation>
    </message>
    <message>
        <source>Hardware changes, or a move to another virtualisation host, invalidated the activation.</source>
        <translation>Des changements de matériel, ou le déplacement vers un autre hôte de virtualisation, ont invalidé l’activation.</translation>
    </message>
    <message>
        <source>Activate the product again; for a MAK or retail key, by phone if online activation is refused.</source>
        <translation>Activez de nouveau le produit&#x202f;; pour une clé MAK ou commerciale, par téléphone si l’activation en ligne est refusée.</translation>
    </message>
    <message>
        <source>The licensing service did not find what was asked for.</source>
        <translation>Le service de licences n’a pas trouvé ce qui était demandé.</translation>
    </message>
    <message>
        <source>No installed product matches: no product holds the key or the product ID that was given (for example, its key was uninstalled or replaced meanwhile).</source>
        <translation>Aucun produit installé ne correspond&#xa0;: aucun produit ne porte la clé ou l’identifiant de produit indiqué (par exemple, sa clé a été désinstallée ou remplacée entre-temps).</translation>
    </message>
    <message>
        <source>Scan the machine again to see which products hold a key now, then repeat the action on one of them (install the key first if it is missing).</source>
        <translation>Analysez à nouveau la machine pour voir quels produits portent une clé, puis refaites l’action sur l’un d’eux (installez d’abord la clé si elle manque).</translation>
    </message>
    <message>
        <source>The licence is not installed.</source>
        <translation>La licence n’est pas installée.</translation>
    </message>
    <message>
        <source>A newer client (for example Windows 10 Enterprise) asked a KMS host whose key does not cover it, such as Windows Server 2012 R2 or 2008 R2 with an older host key; event 12290 on the host then shows 0xC004F042.</source>
        <translation>Un client plus récent (par exemple Windows 10 Entreprise) s’est adressé à un hôte KMS dont la clé ne le couvre pas, tel qu’un Windows Server 2012 R2 ou 2008 R2 doté d’une clé d’hôte plus ancienne&#x202f;; l’événement 12290 de l’hôte indique alors 0xC004F042.</translation>
    </message>
    <message>
        <source>Install the host update (KB3172614 on 2012 R2, KB3079821 on 2008 R2), then a host key that covers the client, such as the “Windows Srv 2012R2 DataCtr/Std KMS for Windows 10” CSVLK (key group ws2012r2-win10).</source>
        <translation>Installez la mise à jour de l’hôte (KB3172614 sur 2012 R2, KB3079821 sur 2008 R2), puis une clé d’hôte qui couvre le client, comme la CSVLK «&#x202f;Windows Srv 2012R2 DataCtr/Std KMS for Windows 10&#x202f;» (groupe de clés ws2012r2-win10).</translation>
    </message>
    <message>
        <source>A typing error, a beta key on a released build, an em dash instead of a hyphen, a key for another Windows version, or an Office host key on a host without that Office version&apos;s Volume License Pack.</source>
        <translation>Une faute de frappe, une clé bêta sur une version finale, un tiret cadratin au lieu d’un trait d’union, une clé destinée à une autre version de Windows, ou une clé d’hôte Office sur un hôte sans le pack de licences en volume de cette version d’Office.</translation>
    </message>
    <message>
        <source>Type the key again and use the key that matches this operating system version. For an Office host key, install that Office version&apos;s Volume License Pack on the host first: without it Windows does not know the key. If it persists after a host update, restart the server, then the Software Protection service (net stop sppsvc &amp;&amp; net start sppsvc), and install the key again.</source>
        <translation>Saisissez de nouveau la clé et utilisez celle qui correspond à cette version du système d’exploitation. Pour une clé d’hôte Office, installez d’abord sur l’hôte le pack de licences en volume de cette version d’Office&#xa0;: sans lui, Windows ne connaît pas la clé. Si l’erreur persiste après une mise à jour de l’hôte, redémarrez le serveur, puis le service de protection logicielle (net stop sppsvc &amp;&amp; net start sppsvc), et installez de nouveau la clé.</translation>
    </message>
    <message>
        <source>This action requires administrator rights.</source>
        <translation>Cette action nécessite des droits d’administrateur.</translation>
    </message>
    <message>
        <source>The command ran without elevation.</source>
        <translation>La commande a été exécutée sans élévation de privilèges.</translation>
    </message>
    <message>
        <source>Run the wizard as administrator; on a remote machine, connect with an administrator account.</source>
        <translation>Exécutez l’assistant en tant qu’administrateur&#x202f;; sur une machine distante, connectez-vous avec un compte administrateur.</translation>
    </message>
    <message>
        <source>The format of the offline activation data is incorrect.</source>
        <translation>Le format des données d’activation hors connexion est incorrect.</translation>
    </message>
    <message>
        <source>The Installation ID or the Confirmation ID was typed or pasted wrongly.</source>
        <translation>L’ID d’installation ou l’ID de confirmation a été mal saisi ou mal collé.</translation>
    </message>
    <message>
        <source>Compare each block of the Confirmation ID with what you were given and enter it again.</source>
        <translation>Comparez chaque bloc de l’ID de confirmation avec celui qui vous a été communiqué et saisissez-le de nouveau.</translation>
    </message>
    <message>
        <source>The length of the Confirmation ID is incorrect.</source>
        <translation>La longueur de l’ID de confirmation est incorrecte.</translation>
    </message>
    <message>
        <source>The Confirmation ID entered does not have 48 digits (8 blocks of 6).</source>
        <translation>L’ID de confirmation saisi ne comporte pas 48 chiffres (8 blocs de 6).</translation>
    </message>
    <message>
        <source>Enter all 8 blocks of 6 digits.</source>
        <translation>Saisissez les 8 blocs de 6 chiffres.</translation>
    </message>
    <message>
        <source>The Installation ID and the Confirmation ID do not match.</source>
        <translation>L’ID d’installation et l’ID de confirmation ne correspondent pas.</translation>
    </message>
    <message>
        <source>The Confirmation ID was issued for another Installation ID: for another product, or before the product key was changed.</source>
        <translation>L’ID de confirmation a été délivré pour un autre ID d’installation&#xa0;: pour un autre produit, ou avant le changement de la clé de produit.</translation>
    </message>
    <message>
        <source>Check the Installation ID shown now and obtain a new Confirmation ID for it.</source>
        <translation>Vérifiez l’ID d’installation affiché maintenant et obtenez un nouvel ID de confirmation pour celui-ci.</translation>
    </message>
    <message>
        <source>The computer cannot be activated with a volume licence key.</source>
        <translation>L’ordinateur ne peut pas être activé avec une clé de licence en volume.</translation>
    </message>
    <message>
        <source>Volume-licensed Windows 7 requires a qualifying operating system: this computer&apos;s BIOS lacks the OEM marker.</source>
        <translation>Windows 7 sous licence en volume exige un système d’exploitation éligible&#xa0;: le BIOS de cet ordinateur ne contient pas le marqueur OEM.</translation>
    </message>
    <message>
        <source>Use a MAK or a retail key, or activate by phone (slmgr /dti, /atp).</source>
        <translation>Utilisez une clé MAK ou une clé commerciale, ou activez par téléphone (slmgr /dti, /atp).</translation>
    </message>
    <message>
        <source>The count reported by the KMS host is insufficient.</source>
        <translation>Le décompte signalé par l’hôte KMS est insuffisant.</translation>
    </message>
    <message>
        <source>The KMS host&apos;s count is below the activation threshold: 25 for Windows clients, 5 for Windows Server and for Office.</source>
        <translation>Le décompte de l’hôte KMS est inférieur au seuil d’activation&#xa0;: 25 pour les clients Windows, 5 pour Windows Server et pour Office.</translation>
    </message>
    <message>
        <source>Add machines until the count reaches the threshold, and check the current count on the host. If the count stays at 1, the clients share one client machine ID (CMID): the image was not generalised with sysprep.</source>
        <translation>Ajoutez des machines jusqu’à ce que le décompte atteigne le seuil, et vérifiez le décompte actuel sur l’hôte. Si le décompte reste à 1, les clients partagent le même ID d’ordinateur client (CMID)&#xa0;: l’image n’a pas été généralisée avec sysprep.</translation>
    </message>
    <message>
        <source>The Key Management Service (KMS) is not enabled.</source>
        <translation>Le service de gestion de clés (KMS) n’est pas activé.</translation>
    </message>
    <message>
        <source>The KMS host did not respond.</source>
        <translation>L’hôte KMS n’a pas répondu.</translation>
    </message>
    <message>
        <source>Check the network between the client and the host, and that TCP port 1688 (or the configured port) is not blocked.</source>
        <translation>Vérifiez le réseau entre le client et l’hôte, et que le port TCP 1688 (ou le port configuré) n’est pas bloqué.</translation>
    </message>
    <message>
        <source>The KMS host is not activated.</source>
        <translation>L’hôte KMS n’est pas activé.</translation>
    </message>
    <message>
        <source>The KMS host key (CSVLK) installed on the host has not been activated.</source>
        <translation>La clé d’hôte KMS (CSVLK) installée sur l’hôte n’a pas été activée.</translation>
    </message>
    <message>
        <source>Activate the KMS host online or by phone.</source>
        <translation>Activez l’hôte KMS en ligne ou par téléphone.</translation>
    </message>
    <message>
        <source>The specified KMS host cannot be used.</source>
        <translation>L’hôte KMS spécifié ne peut pas être utilisé.</translation>
    </message>
    <message>
        <source>The host key does not cover this client&apos;s product: an Office host asked for Windows (or the reverse), or the host key is older than the client.</source>
        <translation>La clé d’hôte ne couvre pas le produit de ce client&#xa0;: un hôte Office a été sollicité pour Windows (ou l’inverse), ou la clé d’hôte est plus ancienne que le client.</translation>
    </message>
    <message>
        <source>Point the client at the right KMS host, or install a newer host key (CSVLK) on the host together with the update it requires.</source>
        <translation>Dirigez le client vers le bon hôte KMS, ou installez sur l’hôte une clé d’hôte (CSVLK) plus récente avec la mise à jour qu’elle requiert.</translation>
    </message>
    <message>
        <source>The Installation ID or the Confirmation ID is invalid.</source>
        <translation>L’ID d’installation ou l’ID de confirmation n’est pas valide.</translation>
    </message>
    <message>
        <source>A digit is wrong: the check digits do not match.</source>
        <translation>Un chiffre est erroné&#xa0;: les chiffres de contrôle ne correspondent pas.</translation>
    </message>
    <message>
        <source>Compare each block with what you were given; if it still fails, call again for a new Confirmation ID.</source>
        <translation>Comparez chaque bloc avec ce qui vous a été communiqué&#x202f;; si l’échec persiste, rappelez pour obtenir un nouvel ID de confirmation.</translation>
    </message>
    <message>
        <source>The product key is invalid.</source>
        <translation>La clé de produit n’est pas valide.</translation>
    </message>
    <message>
        <source>The product SKU was not found.</source>
        <translation>La référence (SKU) du produit est introuvable.</translation>
    </message>
    <message>
        <source>The licence for the key&apos;s SKU is not installed: an Office GVLK without the volume licence files, or a volume key on an Evaluation edition (reported by administrators, not documented by Microsoft).</source>
        <translation>La licence de la référence (SKU) de la clé n’est pas installée&#xa0;: une clé GVLK Office sans les fichiers de licence en volume, ou une clé en volume sur une édition d’évaluation (signalé par des administrateurs, non documenté par Microsoft).</translation>
    </message>
    <message>
        <source>Install the matching licences (slmgr /ilc, slmgr /rilc, ospp /inslic); convert an Evaluation edition with DISM /Set-Edition first.</source>
        <translation>Installez les licences correspondantes (slmgr /ilc, slmgr /rilc, ospp /inslic)&#x202f;; convertissez d’abord une édition d’évaluation avec DISM /Set-Edition.</translation>
    </message>
    <message>
        <source>The request timestamp is invalid.</source>
        <translation>L’horodatage de la requête n’est pas valide.</translation>
    </message>
    <message>
        <source>The clocks of the client and of the KMS host differ by more than 4 hours (compared in UTC).</source>
        <translation>Les horloges du client et de l’hôte KMS diffèrent de plus de 4 heures (comparées en UTC).</translation>
    </message>
    <message>
        <source>Synchronise the clocks with NTP or Active Directory time, then run “w32tm /resync”.</source>
        <translation>Synchronisez les horloges par NTP ou avec l’heure Active Directory, puis exécutez «&#x202f;w32tm /resync&#x202f;».</translation>
    </message>
    <message>
        <source>No Key Management Service (KMS) host could be contacted.</source>
        <translation>Aucun hôte du service de gestion de clés (KMS) n’a pu être contacté.</translation>
    </message>
    <message>
        <source>Every KMS host returned an error or none answered: the Software Protection service (sppsvc) is stopped on the host, TCP port 1688 is blocked, a DNS SRV or A record is stale, the clocks differ (inner code 0xC004F06C), or the host is too old for this client.</source>
        <translation>Chaque hôte KMS a renvoyé une erreur, ou aucun n’a répondu&#xa0;: le service de protection logicielle (sppsvc) est arrêté sur l’hôte, le port TCP 1688 est bloqué, un enregistrement DNS SRV ou A est obsolète, les horloges diffèrent (code interne 0xC004F06C), ou l’hôte est trop ancien pour ce client.</translation>
    </message>
    <message>
        <source>Read event 12288 on the client for the inner error code; test the port with “Test-NetConnection &lt;host&gt; -Port 1688”; start sppsvc on the host; correct the DNS records; resynchronise the clock with “w32tm /resync”; update the KMS host.</source>
        <translation>Lisez l’événement 12288 sur le client pour connaître le code d’erreur interne&#x202f;; testez le port avec «&#x202f;Test-NetConnection &lt;hôte&gt; -Port 1688&#x202f;»&#x202f;; démarrez sppsvc sur l’hôte&#x202f;; corrigez les enregistrements DNS&#x202f;; resynchronisez l’horloge avec «&#x202f;w32tm /resync&#x202f;»&#x202f;; mettez à jour l’hôte KMS.</translation>
    </message>
    <message>
        <source>Windows reports this copy as not genuine.</source>
        <translation>Windows signale que cette copie n’est pas authentique.</translation>
    </message>
    <message>
        <source>The licensing state was tampered with, or the key is not legitimate for this installation.</source>
        <translation>L’état de licence a été altéré, ou la clé n’est pas légitime pour cette installation.</translation>
    </message>
    <message>
        <source>Install a legitimate key for this edition and activate it; contact Microsoft support if the problem persists.</source>
        <translation>Installez une clé légitime pour cette édition et activez-la&#x202f;; contactez le support Microsoft si le problème persiste.</translation>
    </message>
    <message>
        <source>The Software Protection Platform reported error %1.</source>
        <translation>La plateforme de protection logicielle a signalé l’erreur %1.</translation>
    </message>
    <message>
        <source>A licensing or activation error that this wizard does not describe in detail.</source>
        <translation>Une erreur de licence ou d’activation que cet assistant ne décrit pas en détail.</translation>
    </message>
    <message>
        <source>Run “slui 0x2a %1” on the machine to read Windows&apos; own explanation, or look the code up in Microsoft&apos;s list of activation error codes.</source>
        <translation>Exécutez «&#x202f;slui 0x2a %1&#x202f;» sur la machine pour lire l’explication de Windows lui-même, ou cherchez le code dans la liste des codes d’erreur d’activation de Microsoft.</translation>
    </message>
    <message>
        <source>Windows reported system error %1 (Win32 error %2).</source>
        <translation>Windows a signalé l’erreur système %1 (erreur Win32 %2).</translation>
    </message>
    <message>
        <source>A Windows system error, not specific to activation.</source>
        <translation>Une erreur système de Windows, qui n’est pas propre à l’activation.</translation>
    </message>
    <message>
        <source>Run “net helpmsg %2” on the machine to read Windows&apos; explanation of the error.</source>
        <translation>Exécutez «&#x202f;net helpmsg %2&#x202f;» sur la machine pour lire l’explication de l’erreur par Windows.</translation>
    </message>
    <message>
        <source>The machine reported error %1.</source>
        <translation>La machine a signalé l’erreur %1.</translation>
    </message>
    <message>
        <source>This error code is not in the wizard&apos;s catalog.</source>
        <translation>Ce code d’erreur ne figure pas dans le catalogue de l’assistant.</translation>
    </message>
    <message>
        <source>Run “slui 0x2a %1” on the machine, or search Microsoft&apos;s documentation for %1.</source>
        <translation>Exécutez «&#x202f;slui 0x2a %1&#x202f;» sur la machine, ou recherchez %1 dans la documentation Microsoft.</translation>
    </message>
    <message>
        <source>No error code was given.</source>
        <translation>Aucun code d’erreur n’a été indiqué.</translation>
    </message>
    <message>
        <source>“%1” is not an error code. Write it in hexadecimal (0xC004F074) or in decimal (-1073418124).</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas un code d’erreur. Écrivez-le en hexadécimal (0xC004F074) ou en décimal (-1073418124).</translation>
    </message>
    <message>
        <source>“%1” is outside the range of a 32-bit error code.</source>
        <translation>«&#x202f;%1&#x202f;» dépasse la plage d’un code d’erreur 32 bits.</translation>
    </message>
</context>
<context>
    <name>HelpBrowser</name>
    <message numerus="yes">
        <source>“%1” found in %n help page(s):</source>
        <translation>
            <numerusform>«&#x202f;%1&#x202f;» figure dans %n page d’aide&#xa0;:</numerusform>
            <numerusform>«&#x202f;%1&#x202f;» figure dans %n pages d’aide&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Not on this page: try Search all pages.</source>
        <translation>Absent de cette page&#xa0;: essayez «&#x202f;Chercher dans toute l’aide&#x202f;».</translation>
    </message>
    <message>
        <source>Help — %1</source>
        <translation>Aide — %1</translation>
    </message>
    <message>
        <source>No help page contains “%1”.</source>
        <translation>Aucune page d’aide ne contient «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Précédent</translation>
    </message>
    <message>
        <source>Forward &gt;</source>
        <translation>Suivant &gt;</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Words to find in the help</source>
        <translation>Mots à chercher dans l’aide</translation>
    </message>
    <message>
        <source>Find in this page</source>
        <translation>Chercher dans la page</translation>
    </message>
    <message>
        <source>Search all pages</source>
        <translation>Chercher dans toute l’aide</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
</context>
<context>
    <name>HostCheckPage</name>
    <message>
        <source>Connecting and checking the host…</source>
        <translation>Connexion et vérification de l’hôte…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>This host may hold a KMS host key of: %1.</source>
        <translation>Cet hôte peut recevoir une clé d’hôte KMS de&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This host cannot hold any Windows KMS host key.</source>
        <translation>Cet hôte ne peut recevoir aucune clé d’hôte KMS Windows.</translation>
    </message>
    <message>
        <source>Something blocks the setup (marked “Problem” below): fix it on the host, then check again.</source>
        <translation>Un point bloque la configuration (marqué «&#x202f;Problème&#x202f;» ci-dessous)&#xa0;: corrigez-le sur l’hôte, puis vérifiez de nouveau.</translation>
    </message>
    <message>
        <source>Nothing blocks the setup: go on to choose the key group.</source>
        <translation>Rien ne bloque la configuration&#xa0;: continuez pour choisir le groupe de clés.</translation>
    </message>
    <message>
        <source>What the host is, and whether it can become a KMS host.</source>
        <translation>Ce qu’est l’hôte, et s’il peut devenir hôte KMS.</translation>
    </message>
    <message>
        <source>Preflight checks</source>
        <translation>Vérifications préalables</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier de nouveau</translation>
    </message>
</context>
<context>
    <name>HostCommand</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Machine: %1</source>
        <translation>Machine&#xa0;: %1</translation>
    </message>
    <message>
        <source>Operating system: %1 (version %2, build %3)</source>
        <translation>Système d’exploitation&#xa0;: %1 (version %2, build %3)</translation>
    </message>
    <message>
        <source>Edition: %1 (SKU %2)</source>
        <translation>Édition&#xa0;: %1 (SKU %2)</translation>
    </message>
    <message>
        <source>Domain: %1</source>
        <translation>Domaine&#xa0;: %1</translation>
    </message>
    <message>
        <source>Workgroup: %1</source>
        <translation>Groupe de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>IP addresses: %1</source>
        <translation>Adresses IP&#xa0;: %1</translation>
    </message>
    <message>
        <source>Running with administrator rights: %1</source>
        <translation>Exécution avec les droits d’administrateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Windows PowerShell: %1</source>
        <translation>Windows PowerShell&#xa0;: %1</translation>
    </message>
    <message>
        <source>Office: none installed, no volume license pack</source>
        <translation>Office&#xa0;: aucune version installée, aucun pack de licences en volume</translation>
    </message>
    <message>
        <source>Office %1 — installed: %2; volume license pack (KMS host): %3</source>
        <translation>Office %1 — installé&#xa0;: %2&#x202f;; pack de licences en volume (hôte KMS)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Clock (UTC): %1</source>
        <translation>Horloge (UTC)&#xa0;: %1</translation>
    </message>
    <message>
        <source>KMS host: %1</source>
        <translation>Hôte KMS&#xa0;: %1</translation>
    </message>
    <message>
        <source>Current count: %1 (at least %2 needed)</source>
        <translation>Décompte actuel&#xa0;: %1 (au moins %2 requis)</translation>
    </message>
    <message>
        <source>Listening port: %1</source>
        <translation>Port d’écoute&#xa0;: %1</translation>
    </message>
    <message>
        <source>DNS publishing: %1</source>
        <translation>Publication DNS&#xa0;: %1</translation>
    </message>
    <message>
        <source>Low priority: %1</source>
        <translation>Priorité basse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Activation interval: %1 min, renewal interval: %2 min</source>
        <translation>Intervalle d’activation&#xa0;: %1 min, intervalle de renouvellement&#xa0;: %2 min</translation>
    </message>
    <message>
        <source>Requests received: %1 (failed: %2)</source>
        <translation>Requêtes reçues&#xa0;: %1 (en échec&#xa0;: %2)</translation>
    </message>
    <message>
        <source>KMS host used by this machine: %1</source>
        <translation>Hôte KMS utilisé par cette machine&#xa0;: %1</translation>
    </message>
    <message>
        <source>No product holds a product key.</source>
        <translation>Aucun produit n’a de clé de produit.</translation>
    </message>
    <message>
        <source>%1 — channel %2</source>
        <translation>%1 — canal %2</translation>
    </message>
    <message>
        <source>  License status: %1</source>
        <translation>  État de la licence&#xa0;: %1</translation>
    </message>
    <message>
        <source>  Reason: %1</source>
        <translation>  Motif&#xa0;: %1</translation>
    </message>
    <message>
        <source>  Reason: %1 — %2</source>
        <translation>  Motif&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <source>  Product key: %1</source>
        <translation>  Clé de produit&#xa0;: %1</translation>
    </message>
    <message>
        <source>  Grace period left: %1 min</source>
        <translation>  Période de grâce restante&#xa0;: %1 min</translation>
    </message>
    <message>
        <source>  KMS host: %1</source>
        <translation>  Hôte KMS&#xa0;: %1</translation>
    </message>
    <message>
        <source>unlicensed</source>
        <translation>sans licence</translation>
    </message>
    <message>
        <source>licensed</source>
        <translation>sous licence</translation>
    </message>
    <message>
        <source>initial grace period</source>
        <translation>période de grâce initiale</translation>
    </message>
    <message>
        <source>additional grace period (tolerance exceeded)</source>
        <translation>période de grâce supplémentaire (tolérance dépassée)</translation>
    </message>
    <message>
        <source>non-genuine grace period</source>
        <translation>période de grâce pour copie non authentique</translation>
    </message>
    <message>
        <source>notification mode</source>
        <translation>mode de notification</translation>
    </message>
    <message>
        <source>extended grace period</source>
        <translation>période de grâce étendue</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>inconnu (%1)</translation>
    </message>
</context>
<context>
    <name>HostDashboard</name>
    <message numerus="yes">
        <source>%n more machine(s) must ask this host before Windows Server machines activate (count %1 of %2).</source>
        <translation>
            <numerusform>Encore %n machine doit contacter cet hôte avant que les serveurs Windows Server s’activent (décompte %1 sur %2).</numerusform>
            <numerusform>Encore %n machines doivent contacter cet hôte avant que les serveurs Windows Server s’activent (décompte %1 sur %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more machine(s) must ask this host before Windows clients activate (count %1 of %2).</source>
        <translation>
            <numerusform>Encore %n machine doit contacter cet hôte avant que les clients Windows s’activent (décompte %1 sur %2).</numerusform>
            <numerusform>Encore %n machines doivent contacter cet hôte avant que les clients Windows s’activent (décompte %1 sur %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Windows Server machines activate: the count is %1 (%2 needed).</source>
        <translation>Les serveurs Windows Server s’activent&#xa0;: le décompte est de %1 (%2 requis).</translation>
    </message>
    <message>
        <source>Windows clients activate: the count is %1 (%2 needed).</source>
        <translation>Les clients Windows s’activent&#xa0;: le décompte est de %1 (%2 requis).</translation>
    </message>
    <message numerus="yes">
        <source>%n more machine(s) must ask this host before the Windows Server versions its key activates (%3) activate (count %1 of %2).</source>
        <translation>
            <numerusform>Encore %n machine doit contacter cet hôte avant que les versions de Windows Server que sa clé active (%3) soient activées (décompte %1 sur %2).</numerusform>
            <numerusform>Encore %n machines doivent contacter cet hôte avant que les versions de Windows Server que sa clé active (%3) soient activées (décompte %1 sur %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more machine(s) must ask this host before the Windows clients its key activates (%3) activate (count %1 of %2).</source>
        <translation>
            <numerusform>Encore %n machine doit contacter cet hôte avant que les clients Windows que sa clé active (%3) soient activés (décompte %1 sur %2).</numerusform>
            <numerusform>Encore %n machines doivent contacter cet hôte avant que les clients Windows que sa clé active (%3) soient activés (décompte %1 sur %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The Windows Server versions its key activates (%3) activate: the count is %1 (%2 needed).</source>
        <translation>Les versions de Windows Server que sa clé active (%3) sont activées&#xa0;: le décompte est de %1 (%2 requis).</translation>
    </message>
    <message>
        <source>The Windows clients its key activates (%3) activate: the count is %1 (%2 needed).</source>
        <translation>Les clients Windows que sa clé active (%3) sont activés&#xa0;: le décompte est de %1 (%2 requis).</translation>
    </message>
    <message>
        <source>This host&apos;s Windows key (%1) activates %2. It does not activate %3: those clients need a newer host key (see the key-group page).</source>
        <translation>La clé Windows de cet hôte (%1) active %2. Elle n’active pas %3&#xa0;: ces clients ont besoin d’une clé d’hôte KMS plus récente (voir la page Groupe de clés).</translation>
    </message>
    <message>
        <source>This host&apos;s Windows key (%1) activates %2.</source>
        <translation>La clé Windows de cet hôte (%1) active %2.</translation>
    </message>
    <message>
        <source>This host holds only Office host keys (%1): it activates no Windows client or server, whatever its count. Install a Windows host key to activate Windows.</source>
        <translation>Cet hôte ne détient que des clés d’hôte KMS Office (%1)&#xa0;: il n’active aucun client ni serveur Windows, quel que soit son décompte. Installez une clé d’hôte KMS Windows pour activer Windows.</translation>
    </message>
    <message numerus="yes">
        <source>%n more Office installation(s) must ask this host before Office %1 activates (count %2 of %3).</source>
        <translation>
            <numerusform>Encore %n installation Office doit contacter cet hôte avant qu’Office %1 s’active (décompte %2 sur %3).</numerusform>
            <numerusform>Encore %n installations Office doivent contacter cet hôte avant qu’Office %1 s’active (décompte %2 sur %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Office %1 activates: its count is %2 (%3 needed).</source>
        <translation>Office %1 s’active&#xa0;: son décompte est de %2 (%3 requis).</translation>
    </message>
    <message>
        <source>The host keeps one count: the distinct machines, clients and servers alike, that asked it for activation in the last 30 days. Windows Server machines activate once that count is at least 5, Windows clients once it is at least 25 (Office has its own count, also 5). Until then they wait with 0xC004F038 and ask again every 2 hours.</source>
        <translation>L’hôte tient un seul décompte&#xa0;: les machines distinctes, clients comme serveurs, qui lui ont demandé une activation au cours des 30 derniers jours. Les serveurs Windows Server s’activent dès que ce décompte atteint au moins 5, les clients Windows dès qu’il atteint au moins 25 (Office a son propre décompte, lui aussi de 5). D’ici là, ils attendent avec 0xC004F038 et redemandent toutes les 2 heures.</translation>
    </message>
    <message>
        <source>A KMS host on a Windows client activates Windows clients only.</source>
        <translation>Un hôte KMS sur un client Windows n’active que des clients Windows.</translation>
    </message>
    <message>
        <source>This machine is not an activated KMS host: it counts nothing.</source>
        <translation>Cette machine n’est pas un hôte KMS activé&#xa0;: elle ne compte rien.</translation>
    </message>
    <message>
        <source>Install and activate the KMS host key first.</source>
        <translation>Installez et activez d’abord la clé d’hôte KMS.</translation>
    </message>
    <message>
        <source>No client has asked this host yet.</source>
        <translation>Aucun client n’a encore contacté cet hôte.</translation>
    </message>
    <message>
        <source>Check that clients find the host (DNS SRV record, or a KMS host set on them), that the port accepts connections (firewall) and that clients hold a KMS client key (GVLK).</source>
        <translation>Vérifiez que les clients trouvent l’hôte (enregistrement SRV dans le DNS, ou hôte KMS défini sur eux), que le port accepte les connexions (pare-feu) et que les clients ont une clé d’installation du client KMS (GVLK).</translation>
    </message>
    <message>
        <source>The count is stuck at 1 although %1 requests arrived: the clients probably share one client machine ID (CMID), having been cloned from an image that was not generalised.</source>
        <translation>Le décompte reste bloqué à 1 alors que %1 demandes sont arrivées&#xa0;: les clients partagent probablement un même ID d’ordinateur client (CMID), car ils ont été clonés à partir d’une image non généralisée.</translation>
    </message>
    <message>
        <source>Prepare images with “sysprep /generalize” before deploying them; on clones already deployed, run it (or slmgr /rearm) so each gets its own CMID. Event 12290 on the host shows each client&apos;s CMID.</source>
        <translation>Préparez les images avec «&#x202f;sysprep /generalize&#x202f;» avant de les déployer&#x202f;; sur les clones déjà déployés, exécutez-le (ou slmgr /rearm) pour que chacun obtienne son propre CMID. L’événement 12290 sur l’hôte indique le CMID de chaque client.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) failed: the host key does not cover those clients&apos; editions (0xC004F042), or their clock is more than 4 hours off (0xC004F06C).</source>
        <translation>
            <numerusform>%n demande a échoué&#xa0;: la clé d’hôte ne couvre pas l’édition de ces clients (0xC004F042), ou leur horloge est décalée de plus de 4 heures (0xC004F06C).</numerusform>
            <numerusform>%n demandes ont échoué&#xa0;: la clé d’hôte ne couvre pas l’édition de ces clients (0xC004F042), ou leur horloge est décalée de plus de 4 heures (0xC004F06C).</numerusform>
        </translation>
    </message>
    <message>
        <source>Event 12290 in the host&apos;s Key Management Service log names each client and its error. Check the host key&apos;s group against the clients&apos; editions, and their clocks.</source>
        <translation>L’événement 12290 du journal Service de gestion de clés de l’hôte indique chaque client et son erreur. Comparez le groupe de la clé d’hôte avec les éditions des clients, et vérifiez leurs horloges.</translation>
    </message>
    <message>
        <source>DNS lists other KMS hosts for %1 (%2): clients spread over them, so each host&apos;s count grows more slowly.</source>
        <translation>Le DNS indique d’autres hôtes KMS pour %1 (%2)&#xa0;: les clients se répartissent entre eux, si bien que le décompte de chaque hôte augmente plus lentement.</translation>
    </message>
    <message>
        <source>Two hosts are fine for redundancy. Remove the SRV records of hosts that should no longer serve (decommissioned or unauthorised ones).</source>
        <translation>Deux hôtes conviennent pour la redondance. Supprimez les enregistrements SRV des hôtes qui ne doivent plus servir (mis hors service ou non autorisés).</translation>
    </message>
    <message>
        <source>Machines that have not asked for 30 days drop out of the count: a count that falls after a month means machines stopped renewing (switched off, reinstalled, or using another host).</source>
        <translation>Les machines qui n’ont rien demandé depuis 30 jours sortent du décompte&#xa0;: un décompte qui baisse au bout d’un mois signifie que des machines ne renouvellent plus leur activation (éteintes, réinstallées ou utilisant un autre hôte).</translation>
    </message>
    <message>
        <source>The count stops at %1 (twice the highest threshold): more machines are served all the same.</source>
        <translation>Le décompte plafonne à %1 (deux fois le seuil le plus élevé)&#xa0;: les machines supplémentaires sont servies tout de même.</translation>
    </message>
</context>
<context>
    <name>HostDetail</name>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1, jusqu’au %2</translation>
    </message>
    <message>
        <source>Product key</source>
        <translation>Clé de produit</translation>
    </message>
    <message>
        <source>KMS host (set)</source>
        <translation>Hôte KMS (défini)</translation>
    </message>
    <message>
        <source>KMS host (DNS)</source>
        <translation>Hôte KMS (DNS)</translation>
    </message>
    <message>
        <source>The machine reports %1.</source>
        <translation>La machine signale %1.</translation>
    </message>
    <message>
        <source>no KMS host found</source>
        <translation>aucun hôte KMS trouvé</translation>
    </message>
    <message>
        <source>Last KMS request</source>
        <translation>Dernière demande KMS</translation>
    </message>
    <message>
        <source>%1, to %2</source>
        <translation>%1, à %2</translation>
    </message>
    <message>
        <source>The last activation request failed with %1 (the machine&apos;s events).</source>
        <translation>La dernière demande d’activation a échoué avec %1 (journal d’événements de l’ordinateur).</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 ahead of the KMS host %2</source>
        <translation>%1 d’avance sur l’hôte KMS %2</translation>
    </message>
    <message>
        <source>%1 behind the KMS host %2</source>
        <translation>%1 de retard sur l’hôte KMS %2</translation>
    </message>
    <message>
        <source>%1 ahead of this computer</source>
        <translation>%1 d’avance sur cet ordinateur</translation>
    </message>
    <message>
        <source>%1 behind this computer</source>
        <translation>%1 de retard sur cet ordinateur</translation>
    </message>
    <message>
        <source>The clock is more than 4 hours off: a KMS host refuses the request (0xC004F06C).</source>
        <translation>L’horloge a plus de 4 heures d’écart&#xa0;: un hôte KMS refuse la demande (0xC004F06C).</translation>
    </message>
    <message>
        <source>Set the time and time zone right, or let the machine take its time from the domain (w32tm /resync), then activate again.</source>
        <translation>Corrigez l’heure et le fuseau horaire, ou laissez l’ordinateur prendre l’heure du domaine (w32tm /resync), puis relancez l’activation.</translation>
    </message>
    <message>
        <source>Choose a host in the table to see every product and error.</source>
        <translation>Choisissez un hôte dans le tableau pour voir chaque produit et chaque erreur.</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Système d’exploitation</translation>
    </message>
    <message>
        <source>KMS host</source>
        <translation>Hôte KMS</translation>
    </message>
    <message>
        <source>none set, none found through DNS</source>
        <translation>aucun défini, aucun trouvé par le DNS</translation>
    </message>
    <message>
        <source>Client machine ID</source>
        <translation>ID de machine cliente</translation>
    </message>
    <message>
        <source>Read at</source>
        <translation>Lu le</translation>
    </message>
    <message>
        <source>No product holds a key on this machine.</source>
        <translation>Aucun produit n’a de clé sur cette machine.</translation>
    </message>
</context>
<context>
    <name>HostEligibility</name>
    <message>
        <source>Windows Server Datacenter: Azure Edition is activated by Azure and cannot be a KMS host.</source>
        <translation>Windows Server Datacenter: Azure Edition est activé par Azure et ne peut pas être un hôte KMS.</translation>
    </message>
    <message>
        <source>Evaluation editions cannot take a KMS host key. Convert this server to a licensed edition first (DISM /Set-Edition).</source>
        <translation>Les éditions d’évaluation ne peuvent pas recevoir de clé d’hôte KMS. Convertissez d’abord ce serveur en édition sous licence (DISM /Set-Edition).</translation>
    </message>
    <message>
        <source>A %1 host can hold only the Client VL key, not a Server Group key.</source>
        <translation>Un hôte %1 ne peut recevoir que la clé Client VL, pas une clé de groupe de serveurs.</translation>
    </message>
    <message>
        <source>This key can be installed only on %1.</source>
        <translation>Cette clé ne peut être installée que sur %1.</translation>
    </message>
    <message>
        <source>A Windows client cannot hold a Windows Server host key: install it on %1.</source>
        <translation>Un client Windows ne peut pas recevoir de clé d’hôte Windows Server&#xa0;: installez-la sur %1.</translation>
    </message>
    <message>
        <source>This key cannot activate the host&apos;s own edition (%1): a KMS host needs a key of its own group or a higher one.</source>
        <translation>Cette clé ne peut pas activer l’édition de l’hôte lui-même (%1)&#xa0;: un hôte KMS a besoin d’une clé de son propre groupe ou d’un groupe supérieur.</translation>
    </message>
    <message>
        <source>%1 cannot be a KMS host here: it runs the older Software Licensing service (slsvc). Use Windows 7 / Windows Server 2008 R2 or newer.</source>
        <translation>%1 ne peut pas être hôte KMS ici&#xa0;: il utilise l’ancien service de licences logicielles (slsvc). Choisissez Windows 7 / Windows Server 2008 R2 ou plus récent.</translation>
    </message>
    <message>
        <source>This Windows version is not in the catalog: %1.</source>
        <translation>Cette version de Windows n’est pas dans le catalogue&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>HostKeyPage</name>
    <message>
        <source>Type or paste the KMS host key (five groups of five).</source>
        <translation>Saisissez ou collez la clé d’hôte KMS (cinq groupes de cinq).</translation>
    </message>
    <message>
        <source>%1 of 25 characters typed.</source>
        <translation>%1 caractères saisis sur 25.</translation>
    </message>
    <message>
        <source>This is the public KMS client setup key (GVLK) of %1, not a KMS host key: it turns a machine into a KMS client. Use your organisation&apos;s KMS host key (CSVLK) from the Volume Licensing Service Center.</source>
        <translation>C’est la clé d’installation du client KMS (GVLK) de %1, pas une clé d’hôte KMS&#xa0;: elle fait d’une machine un client KMS. Utilisez la clé d’hôte KMS (CSVLK) de votre organisation, fournie par le Centre de gestion des licences en volume (VLSC).</translation>
    </message>
    <message>
        <source>Well-formed key %1. Install it when you are ready.</source>
        <translation>Clé bien formée %1. Installez-la quand vous êtes prêt.</translation>
    </message>
    <message>
        <source>Install the key %1 on %2?</source>
        <translation>Installer la clé %1 sur %2&#x202f;?</translation>
    </message>
    <message>
        <source>The host key becomes this machine&apos;s Windows product key; the machine then becomes a KMS host once the key is activated. A host key serves at most 6 hosts, each activated at most 10 times.</source>
        <translation>La clé d’hôte devient la clé de produit Windows de cette machine&#x202f;; celle-ci devient hôte KMS une fois la clé activée. Une clé d’hôte sert au plus 6 hôtes, chacun activé au plus 10 fois.</translation>
    </message>
    <message>
        <source>Installing %1…</source>
        <translation>Installation de %1…</translation>
    </message>
    <message>
        <source>%1 already holds the key %2 (%3). Replace it with %4?</source>
        <translation>%1 possède déjà la clé %2 (%3). La remplacer par %4&#x202f;?</translation>
    </message>
    <message>
        <source>Put the KMS client setup key (GVLK) of %1 back on %2?</source>
        <translation>Remettre la clé d’installation du client KMS (GVLK) de %1 sur %2&#x202f;?</translation>
    </message>
    <message>
        <source>Restoring the KMS client setup key…</source>
        <translation>Restauration de la clé d’installation du client KMS…</translation>
    </message>
    <message>
        <source>The host key is installed.</source>
        <translation>La clé d’hôte est installée.</translation>
    </message>
    <message>
        <source>This key was already installed.</source>
        <translation>Cette clé était déjà installée.</translation>
    </message>
    <message>
        <source>The key was refused; nothing was sent.</source>
        <translation>La clé a été refusée&#x202f;; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>The key is not installed as a KMS host key: see below.</source>
        <translation>La clé n’est pas installée comme clé d’hôte KMS&#xa0;: voir ci-dessous.</translation>
    </message>
    <message>
        <source>Install the KMS host key (CSVLK) of the chosen group.</source>
        <translation>Installez la clé d’hôte KMS (CSVLK) du groupe choisi.</translation>
    </message>
    <message>
        <source>The KMS host key comes from the Volume Licensing Service Center (VLSC) with your volume licence agreement. Paste it into the first field: it is spread across the five fields. It is shown masked everywhere else.</source>
        <translation>La clé d’hôte KMS vous est fournie par le Centre de gestion des licences en volume (VLSC) avec votre contrat de licence en volume. Collez-la dans le premier champ&#xa0;: elle est répartie sur les cinq champs. Partout ailleurs, elle est affichée masquée.</translation>
    </message>
    <message>
        <source>KMS host key</source>
        <translation>Clé d’hôte KMS</translation>
    </message>
    <message>
        <source>Install the key…</source>
        <translation>Installer la clé…</translation>
    </message>
    <message>
        <source>Restore the KMS client setup key…</source>
        <translation>Restaurer la clé d’installation du client KMS…</translation>
    </message>
    <message>
        <source>Use the lab&apos;s key</source>
        <translation>Clé du laboratoire</translation>
    </message>
    <message>
        <source>Training only: fill in the simulated lab&apos;s host key of this group.</source>
        <translation>Formation uniquement&#xa0;: insère la clé d’hôte de ce groupe propre au laboratoire simulé.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>HostOutcome</name>
    <message>
        <source>Scanned</source>
        <translation>Analysé</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <source>Credentials refused</source>
        <translation>Identifiants refusés</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Not scanned (cancelled)</source>
        <translation>Non analysé (annulé)</translation>
    </message>
    <message>
        <source>%1 sent a licensing state that cannot be used.</source>
        <translation>%1 a renvoyé un état de licence inutilisable.</translation>
    </message>
    <message>
        <source>%1 was not scanned: the scan was cancelled.</source>
        <translation>%1 n’a pas été analysé&#xa0;: l’analyse a été annulée.</translation>
    </message>
    <message>
        <source>Reading %1 failed unexpectedly (%2).</source>
        <translation>La lecture de %1 a échoué de façon inattendue (%2).</translation>
    </message>
</context>
<context>
    <name>HostReadyPage</name>
    <message>
        <source>Reading the host&apos;s count…</source>
        <translation>Lecture du décompte de l’hôte…</translation>
    </message>
    <message>
        <source>Letting time pass in the lab…</source>
        <translation>Le temps s’écoule dans le laboratoire…</translation>
    </message>
    <message>
        <source>%1 is a KMS host. Its count: %2</source>
        <translation>%1 est un hôte KMS. Son décompte&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a KMS host yet.</source>
        <translation>%1 n’est pas encore un hôte KMS.</translation>
    </message>
    <message>
        <source>The host is set up. Clients activate once enough of them ask.</source>
        <translation>L’hôte est configuré. Les clients s’activent dès qu’ils sont assez nombreux à le demander.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Let 2 hours pass in the lab</source>
        <translation>Faire passer 2 heures dans le laboratoire</translation>
    </message>
    <message>
        <source>Go on to the clients</source>
        <translation>Passer aux clients</translation>
    </message>
    <message>
        <source>Finish here (summary)</source>
        <translation>Terminer ici (récapitulatif)</translation>
    </message>
    <message>
        <source>What the count means</source>
        <translation>Ce que signifie le décompte</translation>
    </message>
    <message>
        <source>Clients with a KMS client setup key (GVLK) find this host through DNS and activate by themselves, retrying every 2 hours. Go on to the clients to scan them and convert MAK clients, or finish here with a summary; run the wizard again at any time to check the host.</source>
        <translation>Les clients dotés d’une clé d’installation du client KMS (GVLK) trouvent cet hôte par le DNS et s’activent d’eux-mêmes, en réessayant toutes les 2 heures. Passez aux clients pour les analyser et convertir les clients MAK, ou terminez ici avec un récapitulatif&#x202f;; relancez l’assistant à tout moment pour vérifier l’hôte.</translation>
    </message>
    <message>
        <source>Windows Server</source>
        <translation>Windows Server</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Windows clients</source>
        <translation>Clients Windows</translation>
    </message>
</context>
<context>
    <name>HostSetup</name>
    <message>
        <source>“%1” is not a product this step knows: give “windows”, an Office version (%2) or the Activation ID of an Office KMS host product.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas un produit connu de cette étape&#xa0;: indiquez «&#x202f;windows&#x202f;», une version d’Office (%2) ou l’ID d’activation d’un produit hôte KMS Office.</translation>
    </message>
</context>
<context>
    <name>HostSetupActivation</name>
    <message>
        <source>Windows holds no KMS host key: there is no host to activate.</source>
        <translation>Windows ne contient aucune clé d’hôte KMS&#xa0;: il n’y a pas d’hôte à activer.</translation>
    </message>
    <message>
        <source>No Office %1 host key is installed on this host.</source>
        <translation>Aucune clé d’hôte KMS Office %1 n’est installée sur cet hôte.</translation>
    </message>
    <message>
        <source>%1 is already activated; it was not activated again (that would use up one of the key&apos;s activations).</source>
        <translation>%1 est déjà activé&#x202f;; il n’a pas été activé de nouveau (cela consommerait l’une des activations de la clé).</translation>
    </message>
    <message>
        <source>The host cannot reach Microsoft&apos;s activation servers over the internet.</source>
        <translation>L’hôte ne peut pas joindre les serveurs d’activation de Microsoft par Internet.</translation>
    </message>
    <message>
        <source>Install the KMS host key first.</source>
        <translation>Installez d’abord la clé d’hôte KMS.</translation>
    </message>
    <message>
        <source>Install the Office %1 host key first.</source>
        <translation>Installez d’abord la clé d’hôte Office %1.</translation>
    </message>
    <message>
        <source>Activate by phone: show the Installation ID, call the activation centre, then enter the Confirmation ID you are given.</source>
        <translation>Activez par téléphone&#xa0;: affichez l’ID d’installation, appelez le centre d’activation, puis saisissez l’ID de confirmation qui vous est communiqué.</translation>
    </message>
    <message>
        <source>%1 is activated (license status: licensed).</source>
        <translation>%1 est activé (état de la licence&#xa0;: sous licence).</translation>
    </message>
    <message>
        <source>This machine is now a KMS host, listening on port %1. Next: open the firewall and check DNS.</source>
        <translation>Cette machine est désormais un hôte KMS, à l’écoute sur le port %1. Ensuite&#xa0;: ouvrez le pare-feu et vérifiez le DNS.</translation>
    </message>
    <message>
        <source>Windows accepted the activation, but %1 is still not licensed.</source>
        <translation>Windows a accepté l’activation, mais %1 n’est toujours pas sous licence.</translation>
    </message>
</context>
<context>
    <name>HostSetupDns</name>
    <message>
        <source>The SRV priority for %1 must be a whole number from 0 to 65535, not “%2”.</source>
        <translation>La priorité SRV de %1 doit être un nombre entier de 0 à 65535, et non «&#x202f;%2&#x202f;».</translation>
    </message>
    <message>
        <source>The SRV weight for %1 must be a whole number from 0 to 65535, not “%2”.</source>
        <translation>La pondération SRV de %1 doit être un nombre entier de 0 à 65535, et non «&#x202f;%2&#x202f;».</translation>
    </message>
    <message>
        <source>This machine is not an activated KMS host yet: it has nothing to publish.</source>
        <translation>Cette machine n’est pas encore un hôte KMS activé&#xa0;: elle n’a rien à publier.</translation>
    </message>
    <message>
        <source>Install and activate the KMS host key first.</source>
        <translation>Installez et activez d’abord la clé d’hôte KMS.</translation>
    </message>
    <message>
        <source>Windows refused the publishing settings.</source>
        <translation>Windows a refusé les paramètres de publication.</translation>
    </message>
    <message>
        <source>DNS publishing is on: the host publishes its SRV record in %1.</source>
        <translation>La publication DNS est activée&#xa0;: l’hôte publie son enregistrement SRV dans %1.</translation>
    </message>
    <message>
        <source>DNS publishing is off.</source>
        <translation>La publication DNS est désactivée.</translation>
    </message>
    <message>
        <source>SRV records the host published before stay in DNS: clients keep finding this host there.</source>
        <translation>Les enregistrements SRV publiés auparavant par l’hôte restent dans le DNS&#xa0;: les clients continuent d’y trouver cet hôte.</translation>
    </message>
    <message>
        <source>Delete the _vlmcs._tcp SRV records that name %1 in each domain, unless clients should still use this host.</source>
        <translation>Supprimez dans chaque domaine les enregistrements SRV _vlmcs._tcp qui désignent %1, sauf si les clients doivent encore utiliser cet hôte.</translation>
    </message>
    <message>
        <source>The publishing settings were written, but the host reports others.</source>
        <translation>Les paramètres de publication ont été écrits, mais l’hôte en indique d’autres.</translation>
    </message>
    <message>
        <source>The host&apos;s own domain %1 was added to the list: with a list, a KMS host publishes only in the domains listed.</source>
        <translation>Le domaine de l’hôte, %1, a été ajouté à la liste&#xa0;: avec une liste, un hôte KMS ne publie que dans les domaines qu’elle contient.</translation>
    </message>
    <message>
        <source>The DNS check of %1 found no error: clients can find this host there.</source>
        <translation>La vérification DNS de %1 n’a trouvé aucune erreur&#xa0;: les clients peuvent y trouver cet hôte.</translation>
    </message>
    <message>
        <source>The DNS check of %1 found %2 error(s): clients may not find this host.</source>
        <translation>La vérification DNS de %1 a trouvé %2 erreur(s)&#xa0;: les clients risquent de ne pas trouver cet hôte.</translation>
    </message>
    <message>
        <source>Read the check&apos;s findings below. A host needs dynamic update rights on the zone (event 12293 on the host otherwise); without them, publish the record by hand.</source>
        <translation>Lisez les constats de la vérification ci-dessous. Un hôte a besoin des droits de mise à jour dynamique sur la zone (sinon événement 12293 sur l’hôte)&#x202f;; à défaut, publiez l’enregistrement manuellement.</translation>
    </message>
    <message>
        <source>The zone is Active Directory&apos;s: the host updates only a record its own computer account created (a record created by another account blocks it: event 12293 on the host). Publish the record on a domain controller instead: the DNS page&apos;s domain controller path, or kms-wizard dns-publish --via-dns-server DC.</source>
        <translation>La zone appartient à Active Directory&#xa0;: l’hôte ne met à jour qu’un enregistrement créé par son propre compte d’ordinateur (un enregistrement créé par un autre compte le bloque&#xa0;: événement 12293 sur l’hôte). Publiez plutôt l’enregistrement sur un contrôleur de domaine&#xa0;: la voie «&#x202f;contrôleur de domaine&#x202f;» de la page DNS, ou kms-wizard dns-publish --via-dns-server DC.</translation>
    </message>
    <message>
        <source>The host does not publish itself: DNS publishing is off (DisableDnsPublishing).</source>
        <translation>L’hôte ne se publie pas lui-même&#xa0;: la publication DNS est désactivée (DisableDnsPublishing).</translation>
    </message>
    <message>
        <source>Turn publishing on (slmgr /sdns), or keep the record up to date by hand or on a domain controller.</source>
        <translation>Activez la publication (slmgr /sdns), ou tenez l’enregistrement à jour à la main ou sur un contrôleur de domaine.</translation>
    </message>
    <message>
        <source>The host published its record in %1 (event 12294, %2).</source>
        <translation>L’hôte a publié son enregistrement dans %1 (événement 12294, %2).</translation>
    </message>
    <message>
        <source>The host could not publish its record in %1 (event 12293, %2: %3).</source>
        <translation>L’hôte n’a pas pu publier son enregistrement dans %1 (événement 12293, %2&#xa0;: %3).</translation>
    </message>
    <message>
        <source>The DNS server refused the host&apos;s update. In an Active Directory zone the _vlmcs._tcp name belongs to the account that created it (an administrator, or another KMS host): give the host&apos;s computer account Full Control on it, or publish the record on a domain controller.</source>
        <translation>Le serveur DNS a refusé la mise à jour de l’hôte. Dans une zone Active Directory, le nom _vlmcs._tcp appartient au compte qui l’a créé (un administrateur, ou un autre hôte KMS)&#xa0;: donnez au compte d’ordinateur de l’hôte le contrôle total sur ce nom, ou publiez l’enregistrement sur un contrôleur de domaine.</translation>
    </message>
    <message>
        <source>Check that the zone accepts secure dynamic updates from the host, or publish the record by hand or on a domain controller.</source>
        <translation>Vérifiez que la zone accepte les mises à jour dynamiques sécurisées de l’hôte, ou publiez l’enregistrement à la main ou sur un contrôleur de domaine.</translation>
    </message>
    <message>
        <source>The host has logged no publishing event yet: it publishes when its Software Protection service starts, then every 24 hours.</source>
        <translation>L’hôte n’a encore consigné aucun événement de publication&#xa0;: il se publie au démarrage de son service Protection logicielle, puis toutes les 24 heures.</translation>
    </message>
</context>
<context>
    <name>HostSetupFirewall</name>
    <message>
        <source>The port must be a number from 1 to 65535, not “%1”.</source>
        <translation>Le port doit être un nombre de 1 à 65535, et non «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>“%1” is not a firewall profile: use Domain, Private or Public.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas un profil de pare-feu&#xa0;: utilisez Domain, Private ou Public.</translation>
    </message>
    <message>
        <source>Choose at least one firewall profile (Domain, Private, Public).</source>
        <translation>Choisissez au moins un profil de pare-feu (Domain, Private, Public).</translation>
    </message>
    <message>
        <source>The firewall rule %1 (“%2”) for TCP port %3 is disabled.</source>
        <translation>La règle de pare-feu %1 («&#x202f;%2&#x202f;») du port TCP %3 est désactivée.</translation>
    </message>
    <message>
        <source>The firewall rule %1 (“%2”) lets TCP port %3 in for: %4; remote addresses: %5.</source>
        <translation>La règle de pare-feu %1 («&#x202f;%2&#x202f;») autorise le port TCP %3 en entrée pour&#xa0;: %4&#x202f;; adresses distantes&#xa0;: %5.</translation>
    </message>
    <message>
        <source>No firewall rule in force lets TCP port %1 in for the %2 profile, although the rule was written.</source>
        <translation>Aucune règle de pare-feu en vigueur n’autorise le port TCP %1 pour le profil %2, bien que la règle ait été écrite.</translation>
    </message>
    <message>
        <source>The rule %1 still lets TCP port %2 in for the %3 profile.</source>
        <translation>La règle %1 autorise encore le port TCP %2 pour le profil %3.</translation>
    </message>
    <message>
        <source>%1 admits clients on the host&apos;s own subnet only: clients on routed subnets (other VLANs, branch offices) are refused and fail with 0xC004F074.</source>
        <translation>%1 n’admet que les clients du sous-réseau de l’hôte&#xa0;: les clients de sous-réseaux routés (autres VLAN, agences) sont refusés et échouent avec 0xC004F074.</translation>
    </message>
    <message>
        <source>For domain members, enable the Domain profile (rule SPPSVC-In-TCP-NoScope, any address).</source>
        <translation>Pour les membres du domaine, activez le profil Domaine (règle SPPSVC-In-TCP-NoScope, toute adresse).</translation>
    </message>
    <message>
        <source>The stock rule SPPSVC-In-TCP covers the Private and Public profiles together: enabling it opens both. For only one of them the wizard uses its own rule %1 (local subnet only).</source>
        <translation>La règle d’origine SPPSVC-In-TCP couvre ensemble les profils Privé et Public&#xa0;: l’activer ouvre les deux. Pour un seul d’entre eux, l’assistant utilise sa propre règle %1 (sous-réseau local uniquement).</translation>
    </message>
    <message>
        <source>The host&apos;s network uses the %1 profile now, and no rule in force lets TCP port %2 in there: clients cannot connect.</source>
        <translation>Le réseau de l’hôte utilise actuellement le profil %1, et aucune règle en vigueur n’y autorise le port TCP %2&#xa0;: les clients ne peuvent pas se connecter.</translation>
    </message>
    <message>
        <source>Enable the rule for the %1 profile as well.</source>
        <translation>Activez aussi la règle pour le profil %1.</translation>
    </message>
    <message>
        <source>A Group Policy controls this firewall: rules written on the host are not applied for: %1.</source>
        <translation>Une stratégie de groupe contrôle ce pare-feu&#xa0;: les règles écrites sur l’hôte ne sont pas appliquées pour&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Ask the owner of that GPO to allow inbound TCP port %1 (rule group “Key Management Service”, or a rule for port %1) in the GPO itself, or to set “Apply local firewall rules” to Yes. Changing the host&apos;s own rules cannot help.</source>
        <translation>Demandez au responsable de cette GPO d’autoriser le port TCP %1 en entrée (groupe de règles «&#x202f;Service de gestion de clés&#x202f;», ou une règle pour le port %1) dans la GPO elle-même, ou de régler «&#x202f;Appliquer les règles de pare-feu locales&#x202f;» sur Oui. Modifier les règles propres à l’hôte ne peut pas aider.</translation>
    </message>
    <message>
        <source>Port %1 is not the default 1688, so the wizard uses its own rule %2 (the stock rules SPPSVC-In-TCP and SPPSVC-In-TCP-NoScope cover 1688 only).</source>
        <translation>Le port %1 n’est pas le port par défaut 1688&#xa0;: l’assistant utilise donc sa propre règle %2 (les règles d’origine SPPSVC-In-TCP et SPPSVC-In-TCP-NoScope ne couvrent que 1688).</translation>
    </message>
    <message>
        <source>The KMS host listens on port %1, not %2: this rule does not let its clients in.</source>
        <translation>L’hôte KMS écoute sur le port %1, et non %2&#xa0;: cette règle ne laisse pas entrer ses clients.</translation>
    </message>
    <message>
        <source>This machine is not an activated KMS host yet: the port answers once its host key is activated.</source>
        <translation>Cette machine n’est pas encore un hôte KMS activé&#xa0;: le port répondra une fois sa clé d’hôte activée.</translation>
    </message>
    <message>
        <source>Port %1 still accepts connections: another rule (or no firewall) lets it in.</source>
        <translation>Le port %1 accepte toujours les connexions&#xa0;: une autre règle (ou l’absence de pare-feu) le laisse passer.</translation>
    </message>
    <message>
        <source>Port %1 no longer accepts connections from this computer.</source>
        <translation>Le port %1 n’accepte plus les connexions depuis cet ordinateur.</translation>
    </message>
    <message>
        <source>Windows refused the firewall change.</source>
        <translation>Windows a refusé la modification du pare-feu.</translation>
    </message>
</context>
<context>
    <name>HostSetupKey</name>
    <message>
        <source>This is the public KMS client setup key (GVLK) of %1, not a KMS host key. Installed here it would make this machine a KMS client.</source>
        <translation>Il s’agit de la clé d’installation du client KMS (GVLK) de %1, et non d’une clé d’hôte KMS. Installée ici, elle ferait de cette machine un client KMS.</translation>
    </message>
    <message>
        <source>Use your organisation&apos;s KMS host key (CSVLK) from the Volume Licensing Service Center.</source>
        <translation>Utilisez la clé d’hôte KMS (CSVLK) de votre organisation, disponible dans le Volume Licensing Service Center.</translation>
    </message>
    <message>
        <source>This is the KMS client setup key (GVLK) of %1, an Office product: it is not a host key, and it belongs on Office clients.</source>
        <translation>Il s’agit de la clé d’installation du client KMS (GVLK) de %1, un produit Office&#xa0;: ce n’est pas une clé d’hôte, elle se met sur les clients Office.</translation>
    </message>
    <message>
        <source>A KMS host key activates at most 6 hosts, each up to 10 times; after that Windows answers 0xC004C008. Never install it on clients: they take their GVLK.</source>
        <translation>Une clé d’hôte KMS active au plus 6 hôtes, chacun jusqu’à 10 fois&#x202f;; au-delà, Windows répond 0xC004C008. Ne l’installez jamais sur des clients&#xa0;: ils reçoivent leur GVLK.</translation>
    </message>
    <message>
        <source>Confirm that the key ending in %1 may be replaced, then install again.</source>
        <translation>Confirmez que la clé se terminant par %1 peut être remplacée, puis relancez l’installation.</translation>
    </message>
    <message>
        <source>This key (%1) is already installed; nothing was changed.</source>
        <translation>Cette clé (%1) est déjà installée&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Windows refused the key %1 with error %2.</source>
        <translation>Windows a refusé la clé %1 avec l’erreur %2.</translation>
    </message>
    <message>
        <source>The KMS host key %1 is installed (channel: KMS host). Next: activate it.</source>
        <translation>La clé d’hôte KMS %1 est installée (canal&#xa0;: hôte KMS). Ensuite&#xa0;: activez-la.</translation>
    </message>
    <message>
        <source>%1 already holds the key %2. Installing the new key replaces it.</source>
        <translation>%1 contient déjà la clé %2. L’installation de la nouvelle clé la remplace.</translation>
    </message>
    <message>
        <source>The key %1 went in, but it is a MAK, not a KMS host key: this machine is no KMS host, and activating it would use up one of the MAK&apos;s activations.</source>
        <translation>La clé %1 a été installée, mais c’est une clé MAK et non une clé d’hôte KMS&#xa0;: cette machine n’est pas un hôte KMS, et l’activer consommerait l’une des activations de la clé MAK.</translation>
    </message>
    <message>
        <source>The key %1 went in, but it is not a KMS host key (Windows reports a retail, OEM or other channel): this machine is no KMS host.</source>
        <translation>La clé %1 a été installée, mais ce n’est pas une clé d’hôte KMS (Windows indique un canal commercial, OEM ou autre)&#xa0;: cette machine n’est pas un hôte KMS.</translation>
    </message>
    <message>
        <source>Put the edition&apos;s KMS client setup key (GVLK) back (restore), then install the KMS host key.</source>
        <translation>Remettez la clé d’installation du client KMS (GVLK) de l’édition (restauration), puis installez la clé d’hôte KMS.</translation>
    </message>
    <message>
        <source>Install the right KMS host key. The catalog knows no GVLK for this edition to restore.</source>
        <translation>Installez la bonne clé d’hôte KMS. Le catalogue ne connaît aucune GVLK à restaurer pour cette édition.</translation>
    </message>
    <message>
        <source>The key %1 went to “%2”, not to the product this step installs keys for.</source>
        <translation>La clé %1 a été attribuée à «&#x202f;%2&#x202f;», et non au produit pour lequel cette étape installe des clés.</translation>
    </message>
    <message>
        <source>An Office host key belongs to the Office step; a Windows host key to the Windows step.</source>
        <translation>Une clé d’hôte Office relève de l’étape Office&#x202f;; une clé d’hôte Windows de l’étape Windows.</translation>
    </message>
    <message>
        <source>After installing, no product reports the key %1.</source>
        <translation>Après l’installation, aucun produit n’indique la clé %1.</translation>
    </message>
    <message>
        <source>The Office %1 host key cannot be installed before its volume license pack.</source>
        <translation>La clé d’hôte Office %1 ne peut pas être installée avant son pack de licences en volume.</translation>
    </message>
    <message>
        <source>The KMS client setup key (GVLK) of %1 is installed again (%2).</source>
        <translation>La clé d’installation du client KMS (GVLK) de %1 est de nouveau installée (%2).</translation>
    </message>
    <message>
        <source>The catalog has no KMS client setup key for this machine&apos;s edition (%1), so none can be restored.</source>
        <translation>Le catalogue ne contient aucune clé d’installation du client KMS pour l’édition de cette machine (%1)&#xa0;: aucune ne peut donc être restaurée.</translation>
    </message>
</context>
<context>
    <name>HostSetupOffice</name>
    <message>
        <source>“%1” is not an Office version. Known versions: %2.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas une version d’Office. Versions connues&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The Office %1 host key cannot be installed on %2.</source>
        <translation>La clé d’hôte Office %1 ne peut pas être installée sur %2.</translation>
    </message>
    <message>
        <source>No Office %1 host key is installed yet. Next: install it.</source>
        <translation>Aucune clé d’hôte Office %1 n’est encore installée. Ensuite&#xa0;: installez-la.</translation>
    </message>
    <message>
        <source>The Office %1 host key %2 is installed but not activated. Activate it online, or by phone with the Office %1 Activation ID %3.</source>
        <translation>La clé d’hôte Office %1 %2 est installée mais pas activée. Activez-la en ligne, ou par téléphone avec l’ID d’activation d’Office %1 %3.</translation>
    </message>
    <message>
        <source>The Office %1 host key %2 is installed and activated.</source>
        <translation>La clé d’hôte Office %1 %2 est installée et activée.</translation>
    </message>
    <message>
        <source>The volume license pack of Office %1 is not installed on this host.</source>
        <translation>Le pack de licences en volume d’Office %1 n’est pas installé sur cet hôte.</translation>
    </message>
    <message>
        <source>Install “%1” (Microsoft Download Center: %2) on the host; it needs at least %3 or %4. If the host has no internet access, download the installer on a connected computer, copy it to the host (USB drive or network share) and run it there as an administrator.</source>
        <translation>Installez «&#x202f;%1&#x202f;» (Centre de téléchargement Microsoft&#xa0;: %2) sur l’hôte&#x202f;; il nécessite au minimum %3 ou %4. Si l’hôte n’a pas accès à Internet, téléchargez le programme d’installation sur un ordinateur connecté, copiez-le sur l’hôte (clé USB ou partage réseau) et exécutez-le là-bas en tant qu’administrateur.</translation>
    </message>
    <message>
        <source>The volume license pack of Office %1 is installed.</source>
        <translation>Le pack de licences en volume d’Office %1 est installé.</translation>
    </message>
</context>
<context>
    <name>HostSetupPhone</name>
    <message>
        <source>Call the Microsoft activation centre (on the host, “slui 4” shows the number for your country) and read out these %1 groups. You will be given a Confirmation ID of 8 blocks (A to H): enter it with phone-cid.</source>
        <translation>Appelez le centre d’activation Microsoft (sur l’hôte, «&#x202f;slui 4&#x202f;» affiche le numéro de votre pays) et lisez ces %1 groupes. Vous recevrez un ID de confirmation de 8 blocs (A à H)&#xa0;: saisissez-le avec phone-cid.</translation>
    </message>
    <message>
        <source>%1 is already activated: no phone activation is needed.</source>
        <translation>%1 est déjà activé&#xa0;: aucune activation par téléphone n’est nécessaire.</translation>
    </message>
    <message>
        <source>The host returned an Installation ID that cannot be read out.</source>
        <translation>L’hôte a renvoyé un ID d’installation illisible.</translation>
    </message>
    <message>
        <source>A block of the Confirmation ID has a wrong check digit: most likely a typing or hearing mistake.</source>
        <translation>Un bloc de l’ID de confirmation a un chiffre de contrôle erroné&#xa0;: très probablement une faute de frappe ou d’écoute.</translation>
    </message>
    <message>
        <source>Compare each block with what the activation centre gave you (the blocks with a warning first) and enter it again.</source>
        <translation>Comparez chaque bloc avec ce que le centre d’activation vous a donné (d’abord les blocs signalés) et saisissez-le de nouveau.</translation>
    </message>
    <message>
        <source>Windows could not read the Confirmation ID (wrong format or length).</source>
        <translation>Windows n’a pas pu lire l’ID de confirmation (format ou longueur incorrects).</translation>
    </message>
    <message>
        <source>Enter the 48 digits again, 8 blocks of 6, nothing else.</source>
        <translation>Saisissez de nouveau les 48 chiffres, 8 blocs de 6, rien d’autre.</translation>
    </message>
    <message>
        <source>The Confirmation ID does not belong to this Installation ID: it was given for another product or key, or the Installation ID changed since (a key was installed again).</source>
        <translation>L’ID de confirmation ne correspond pas à cet ID d’installation&#xa0;: il a été délivré pour un autre produit ou une autre clé, ou l’ID d’installation a changé depuis (une clé a été réinstallée).</translation>
    </message>
    <message>
        <source>Show the Installation ID again, read it out to the activation centre and enter the new Confirmation ID.</source>
        <translation>Affichez de nouveau l’ID d’installation, lisez-le au centre d’activation et saisissez le nouvel ID de confirmation.</translation>
    </message>
    <message>
        <source>Windows accepted the Confirmation ID.</source>
        <translation>Windows a accepté l’ID de confirmation.</translation>
    </message>
</context>
<context>
    <name>HostSetupPreflight</name>
    <message>
        <source>“%1” is not a Windows KMS host key group. Known groups: %2.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas un groupe de clés d’hôte KMS Windows. Groupes connus&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” is an Office host key: give it as an Office version, not as the Windows key group.</source>
        <translation>«&#x202f;%1&#x202f;» est une clé d’hôte Office&#xa0;: indiquez-la comme version d’Office, et non comme groupe de clés Windows.</translation>
    </message>
    <message>
        <source>“%1” is not an Office version. Known versions: %2.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas une version d’Office. Versions connues&#xa0;: %2.</translation>
    </message>
    <message>
        <source>This host (%1) may hold a host key of the group %2.</source>
        <translation>Cet hôte (%1) peut recevoir une clé d’hôte du groupe %2.</translation>
    </message>
    <message>
        <source>Choose a key group this host can hold: %1. Or use another machine.</source>
        <translation>Choisissez un groupe de clés que cet hôte peut recevoir&#xa0;: %1. Ou utilisez une autre machine.</translation>
    </message>
    <message>
        <source>This machine cannot hold any Windows KMS host key: choose another machine as the KMS host.</source>
        <translation>Cette machine ne peut recevoir aucune clé d’hôte KMS Windows&#xa0;: choisissez une autre machine comme hôte KMS.</translation>
    </message>
    <message>
        <source>The wizard does not know this Windows version (%1, version %2).</source>
        <translation>L’assistant ne connaît pas cette version de Windows (%1, version %2).</translation>
    </message>
    <message>
        <source>Check that the machine runs a volume-licensed Windows edition supported as a KMS host.</source>
        <translation>Vérifiez que la machine exécute une édition de Windows sous licence en volume prise en charge comme hôte KMS.</translation>
    </message>
    <message>
        <source>A KMS host on a Windows client activates Windows clients only, never servers.</source>
        <translation>Un hôte KMS sur un client Windows n’active que des clients Windows, jamais de serveurs.</translation>
    </message>
    <message>
        <source>Before it can activate %1, this host needs update %2.</source>
        <translation>Avant de pouvoir activer %1, cet hôte a besoin de la mise à jour %2.</translation>
    </message>
    <message>
        <source>Before it can activate %1, this host needs update %2 or a later cumulative update.</source>
        <translation>Avant de pouvoir activer %1, cet hôte a besoin de la mise à jour %2 ou d’une mise à jour cumulative ultérieure.</translation>
    </message>
    <message>
        <source>Before it can activate Office %1 on %2 clients, this host needs update %3.</source>
        <translation>Avant de pouvoir activer Office %1 sur des clients %2, cet hôte a besoin de la mise à jour %3.</translation>
    </message>
    <message>
        <source>Install it through Windows Update, WSUS or the Microsoft Update Catalog. The wizard cannot see remotely which updates are installed: on the host, “Get-HotFix -Id %1” shows it when it was installed on its own (a later cumulative update also counts).</source>
        <translation>Installez-la via Windows Update, WSUS ou le catalogue Microsoft Update. L’assistant ne peut pas voir à distance quelles mises à jour sont installées&#xa0;: sur l’hôte, «&#x202f;Get-HotFix -Id %1&#x202f;» l’affiche si elle a été installée seule (une mise à jour cumulative ultérieure convient aussi).</translation>
    </message>
    <message>
        <source>The host did not report its clock, so its time could not be compared.</source>
        <translation>L’hôte n’a pas indiqué son heure&#xa0;: elle n’a pas pu être comparée.</translation>
    </message>
    <message>
        <source>The host&apos;s clock agrees with this computer&apos;s (%1 s apart).</source>
        <translation>L’horloge de l’hôte concorde avec celle de cet ordinateur (écart de %1 s).</translation>
    </message>
    <message>
        <source>The host&apos;s clock is %1 h %2 min ahead of this computer&apos;s.</source>
        <translation>L’horloge de l’hôte avance de %1 h %2 min sur celle de cet ordinateur.</translation>
    </message>
    <message>
        <source>The host&apos;s clock is %1 h %2 min behind this computer&apos;s.</source>
        <translation>L’horloge de l’hôte retarde de %1 h %2 min sur celle de cet ordinateur.</translation>
    </message>
    <message>
        <source>More than 4 hours apart, KMS clients are refused with 0xC004F06C. Set the host&apos;s time zone and clock right and synchronise it (w32tm /resync, or the domain&apos;s time source).</source>
        <translation>Au-delà de 4 heures d’écart, les clients KMS sont refusés avec 0xC004F06C. Corrigez le fuseau horaire et l’horloge de l’hôte, puis synchronisez-la (w32tm /resync, ou la source de temps du domaine).</translation>
    </message>
    <message>
        <source>KMS tolerates up to 4 hours, but a drifting clock gets worse: synchronise it (w32tm /resync, or the domain&apos;s time source).</source>
        <translation>KMS tolère jusqu’à 4 heures, mais une horloge qui dérive s’aggrave&#xa0;: synchronisez-la (w32tm /resync, ou la source de temps du domaine).</translation>
    </message>
    <message>
        <source>The account used does not have administrator rights on the host.</source>
        <translation>Le compte utilisé n’a pas les droits d’administrateur sur l’hôte.</translation>
    </message>
    <message>
        <source>Run the wizard elevated (Run as administrator), or connect with a member of the host&apos;s Administrators group. A local account other than the built-in Administrator needs LocalAccountTokenFilterPolicy=1 for remote administration.</source>
        <translation>Exécutez l’assistant avec élévation (Exécuter en tant qu’administrateur), ou connectez-vous avec un membre du groupe Administrateurs de l’hôte. Un compte local autre que l’Administrateur intégré nécessite LocalAccountTokenFilterPolicy=1 pour l’administration à distance.</translation>
    </message>
    <message>
        <source>The account has administrator rights.</source>
        <translation>Le compte a les droits d’administrateur.</translation>
    </message>
    <message>
        <source>The host runs Windows PowerShell %1; the wizard needs 3.0 or later.</source>
        <translation>L’hôte exécute Windows PowerShell %1&#x202f;; l’assistant nécessite la version 3.0 ou ultérieure.</translation>
    </message>
    <message>
        <source>Install Windows Management Framework 5.1 on the host. It needs Windows 7 SP1 or Windows Server 2008 R2 SP1 and .NET Framework 4.5.2, and a restart.</source>
        <translation>Installez Windows Management Framework 5.1 sur l’hôte. Il nécessite Windows 7 SP1 ou Windows Server 2008 R2 SP1 et .NET Framework 4.5.2, puis un redémarrage.</translation>
    </message>
    <message>
        <source>The host did not report its Windows PowerShell version.</source>
        <translation>L’hôte n’a pas indiqué sa version de Windows PowerShell.</translation>
    </message>
    <message>
        <source>This machine already holds a KMS host key (%1); installing another one replaces it.</source>
        <translation>Cette machine contient déjà une clé d’hôte KMS (%1)&#x202f;; en installer une autre la remplace.</translation>
    </message>
    <message>
        <source>%1 cannot be set up as a KMS host by the wizard: it runs the older Software Licensing service (slsvc), which lacks the KMS host settings the wizard changes.</source>
        <translation>L’assistant ne peut pas configurer %1 comme hôte KMS&#xa0;: ce système utilise l’ancien service de licences logicielles (slsvc), qui ne possède pas les réglages d’hôte KMS que l’assistant modifie.</translation>
    </message>
    <message>
        <source>Use a machine with Windows 7 / Windows Server 2008 R2 or newer as the KMS host. The wizard can still read this machine when it scans clients.</source>
        <translation>Choisissez comme hôte KMS une machine sous Windows 7 / Windows Server 2008 R2 ou plus récent. L’assistant peut toujours lire cette machine lorsqu’il analyse les clients.</translation>
    </message>
    <message>
        <source>The Office %1 host key cannot be installed on %2.</source>
        <translation>La clé d’hôte Office %1 ne peut pas être installée sur %2.</translation>
    </message>
    <message>
        <source>This host may hold the Office %1 host key.</source>
        <translation>Cet hôte peut recevoir la clé d’hôte Office %1.</translation>
    </message>
</context>
<context>
    <name>HostSetupReachability</name>
    <message>
        <source>%1 accepts connections on TCP port %2 from this computer.</source>
        <translation>%1 accepte les connexions sur le port TCP %2 depuis cet ordinateur.</translation>
    </message>
    <message>
        <source>No address of the host (%2) accepts connections on TCP port %1 from this computer.</source>
        <translation>Aucune adresse de l’hôte (%2) n’accepte les connexions sur le port TCP %1 depuis cet ordinateur.</translation>
    </message>
    <message>
        <source>Check that the firewall rule for port %1 is enabled for the network profile the host uses, that the KMS service was restarted after a port change and its host key is activated, and that no other firewall between the clients and the host blocks the port (Test-NetConnection HOST -Port %1 from a client).</source>
        <translation>Vérifiez que la règle de pare-feu du port %1 est activée pour le profil réseau utilisé par l’hôte, que le service KMS a été redémarré après un changement de port et que sa clé d’hôte est activée, et qu’aucun autre pare-feu entre les clients et l’hôte ne bloque le port (Test-NetConnection HÔTE -Port %1 depuis un client).</translation>
    </message>
    <message>
        <source>The KMS service answers on TCP port %1, but this test ran on the KMS host itself: Windows Firewall does not filter a computer&apos;s connections to itself, so this proves nothing about the firewall or about the clients.</source>
        <translation>Le service KMS répond sur le port TCP %1, mais ce test a été exécuté sur l’hôte KMS lui-même&#xa0;: le pare-feu Windows ne filtre pas les connexions d’un ordinateur vers lui-même, ce test ne prouve donc rien sur le pare-feu ni sur les clients.</translation>
    </message>
    <message>
        <source>Nothing answers on TCP port %1 on this computer (the KMS host itself): the KMS service does not listen there.</source>
        <translation>Rien ne répond sur le port TCP %1 de cet ordinateur (l’hôte KMS lui-même)&#xa0;: le service KMS n’y écoute pas.</translation>
    </message>
    <message>
        <source>Test from a client computer instead: Test-NetConnection %2 -Port %1 (in PowerShell) must report TcpTestSucceeded : True.</source>
        <translation>Testez plutôt depuis un ordinateur client&#xa0;: Test-NetConnection %2 -Port %1 (dans PowerShell) doit afficher TcpTestSucceeded&#xa0;: True.</translation>
    </message>
    <message>
        <source>The host reported no IP address to connect to.</source>
        <translation>L’hôte n’a indiqué aucune adresse IP à laquelle se connecter.</translation>
    </message>
</context>
<context>
    <name>HostSetupService</name>
    <message>
        <source>The listening port must be a number from 1 to 65535, not “%1”.</source>
        <translation>Le port d’écoute doit être un nombre de 1 à 65535, et non «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>Port %1 belongs to %2 on Windows servers; a KMS host listening there would collide with it.</source>
        <translation>Le port %1 est celui de %2 sur les serveurs Windows&#x202f;; un hôte KMS à l’écoute sur ce port entrerait en conflit avec ce service.</translation>
    </message>
    <message>
        <source>Keep the default 1688, or choose a free port above 1024.</source>
        <translation>Conservez le port par défaut 1688, ou choisissez un port libre au-dessus de 1024.</translation>
    </message>
    <message>
        <source>Port %1 is a well-known port (below 1024), reserved for standard services.</source>
        <translation>Le port %1 est un port réservé (inférieur à 1024), destiné aux services standard.</translation>
    </message>
    <message>
        <source>This machine is not an activated KMS host yet: its service options cannot be set.</source>
        <translation>Cette machine n’est pas encore un hôte KMS activé&#xa0;: les options de son service ne peuvent pas être définies.</translation>
    </message>
    <message>
        <source>Install and activate the KMS host key first.</source>
        <translation>Installez et activez d’abord la clé d’hôte KMS.</translation>
    </message>
    <message>
        <source>The KMS host already listens on port %1; nothing was changed.</source>
        <translation>L’hôte KMS écoute déjà sur le port %1&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The KMS host now listens on port %1 (was %2); the Software Protection service was restarted.</source>
        <translation>L’hôte KMS écoute désormais sur le port %1 (auparavant %2)&#x202f;; le service de protection logicielle a été redémarré.</translation>
    </message>
    <message>
        <source>Port %1 was written, but the host still reports port %2.</source>
        <translation>Le port %1 a été écrit, mais l’hôte indique toujours le port %2.</translation>
    </message>
    <message>
        <source>Windows refused the change.</source>
        <translation>Windows a refusé la modification.</translation>
    </message>
    <message>
        <source>Allow TCP port %1 through the host&apos;s firewall (the Network step creates the rule KMSW-KMS-In-TCP-%1); the built-in rules SPPSVC-In-TCP and SPPSVC-In-TCP-NoScope cover 1688 only.</source>
        <translation>Autorisez le port TCP %1 dans le pare-feu de l’hôte (l’étape Réseau crée la règle KMSW-KMS-In-TCP-%1)&#x202f;; les règles intégrées SPPSVC-In-TCP et SPPSVC-In-TCP-NoScope ne couvrent que le port 1688.</translation>
    </message>
    <message>
        <source>Clients set to this host with an explicit port (slmgr /skms HOST:%1) must be changed too; clients that find the host through DNS get the new port from its SRV record.</source>
        <translation>Les clients configurés sur cet hôte avec un port explicite (slmgr /skms HÔTE:%1) doivent aussi être modifiés&#x202f;; les clients qui trouvent l’hôte par le DNS obtiennent le nouveau port par son enregistrement SRV.</translation>
    </message>
    <message>
        <source>DNS publishing is off: SRV records created by hand still name port %1. Change them to port %2, or turn publishing on.</source>
        <translation>La publication DNS est désactivée&#xa0;: les enregistrements SRV créés manuellement indiquent toujours le port %1. Remplacez-le par le port %2, ou activez la publication.</translation>
    </message>
    <message>
        <source>The KMS service runs at low priority.</source>
        <translation>Le service KMS s’exécute en priorité basse.</translation>
    </message>
    <message>
        <source>The KMS service runs at normal priority.</source>
        <translation>Le service KMS s’exécute en priorité normale.</translation>
    </message>
    <message>
        <source>The Software Protection service was restarted: the running KMS service now uses the new setting.</source>
        <translation>Le service de protection logicielle a été redémarré&#xa0;: le service KMS en cours d’exécution applique désormais le nouveau réglage.</translation>
    </message>
    <message>
        <source>The priority was written, but the host reports another one.</source>
        <translation>La priorité a été écrite, mais l’hôte en indique une autre.</translation>
    </message>
    <message>
        <source>The activation interval must be a whole number of minutes from %1 to %2, not “%3”.</source>
        <translation>L’intervalle d’activation doit être un nombre entier de minutes de %1 à %2, et non «&#x202f;%3&#x202f;».</translation>
    </message>
    <message>
        <source>The renewal interval must be a whole number of minutes from %1 to %2, not “%3”.</source>
        <translation>L’intervalle de renouvellement doit être un nombre entier de minutes de %1 à %2, et non «&#x202f;%3&#x202f;».</translation>
    </message>
    <message>
        <source>Unactivated clients retry every %1 min, activated clients renew every %2 min.</source>
        <translation>Les clients non activés réessaient toutes les %1 min, les clients activés renouvellent toutes les %2 min.</translation>
    </message>
    <message>
        <source>The intervals were written, but the host reports %1 and %2 min.</source>
        <translation>Les intervalles ont été écrits, mais l’hôte indique %1 et %2 min.</translation>
    </message>
</context>
<context>
    <name>HostSteps</name>
    <message>
        <source>BLOCKER</source>
        <translation>BLOQUANT</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>AVERTISSEMENT</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>INFO</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Done and verified.</source>
        <translation>Fait et vérifié.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Rien à modifier.</translation>
    </message>
    <message>
        <source>Read; nothing was changed.</source>
        <translation>Lu&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Refused: the input is not valid.</source>
        <translation>Refusé&#xa0;: la saisie n’est pas valide.</translation>
    </message>
    <message>
        <source>Not done: the host is not ready for it.</source>
        <translation>Non fait&#xa0;: l’hôte n’est pas prêt pour cela.</translation>
    </message>
    <message>
        <source>Not done: a confirmation is needed.</source>
        <translation>Non fait&#xa0;: une confirmation est nécessaire.</translation>
    </message>
    <message>
        <source>Failed: the machine reported an error.</source>
        <translation>Échec&#xa0;: la machine a signalé une erreur.</translation>
    </message>
    <message>
        <source>Written, but the machine does not show the expected state.</source>
        <translation>Écrit, mais la machine n’affiche pas l’état attendu.</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>pas de réponse à temps</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>non essayé</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Résultat&#xa0;: %1</translation>
    </message>
    <message>
        <source>Windows error %1 (%2): %3</source>
        <translation>Erreur Windows %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Windows said: %1</source>
        <translation>Message de Windows&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — key %2, channel %3, license status: %4</source>
        <translation>%1 — clé %2, canal %3, état de la licence&#xa0;: %4</translation>
    </message>
    <message>
        <source>Connection from this computer to %1:%2: %3 (%4 ms)</source>
        <translation>Connexion de cet ordinateur vers %1:%2&#xa0;: %3 (%4 ms)</translation>
    </message>
    <message>
        <source>Machine: %1</source>
        <translation>Machine&#xa0;: %1</translation>
    </message>
    <message>
        <source>Operating system: %1 (version %2, build %3)</source>
        <translation>Système d’exploitation&#xa0;: %1 (version %2, build %3)</translation>
    </message>
    <message>
        <source>Recognised as: %1</source>
        <translation>Reconnu comme&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recognised as: unknown to the catalog (%1)</source>
        <translation>Reconnu comme&#xa0;: inconnu du catalogue (%1)</translation>
    </message>
    <message>
        <source>Domain: %1</source>
        <translation>Domaine&#xa0;: %1</translation>
    </message>
    <message>
        <source>Workgroup: %1</source>
        <translation>Groupe de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>IP addresses: %1</source>
        <translation>Adresses IP&#xa0;: %1</translation>
    </message>
    <message>
        <source>Administrator rights: %1</source>
        <translation>Droits d’administrateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Windows PowerShell: %1</source>
        <translation>Windows PowerShell&#xa0;: %1</translation>
    </message>
    <message>
        <source>Clock (UTC): %1, %2 s from this computer</source>
        <translation>Horloge (UTC)&#xa0;: %1, écart de %2 s avec cet ordinateur</translation>
    </message>
    <message>
        <source>Windows: %1</source>
        <translation>Windows&#xa0;: %1</translation>
    </message>
    <message>
        <source>Windows: no product key installed</source>
        <translation>Windows&#xa0;: aucune clé de produit installée</translation>
    </message>
    <message>
        <source>KMS host: %1 — count %2, port %3, DNS publishing %4, low priority %5, intervals %6/%7 min</source>
        <translation>Hôte KMS&#xa0;: %1 — décompte %2, port %3, publication DNS %4, priorité basse %5, intervalles %6/%7 min</translation>
    </message>
    <message>
        <source>Office %1 — installed: %2; volume license pack: %3; host key: %4</source>
        <translation>Office %1 — installé&#xa0;: %2&#x202f;; pack de licences en volume&#xa0;: %3&#x202f;; clé d’hôte&#xa0;: %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Preflight of %1 for the key group %2: %3</source>
        <translation>Vérification préalable de %1 pour le groupe de clés %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>nothing blocks the setup</source>
        <translation>rien ne bloque la configuration</translation>
    </message>
    <message>
        <source>%1 blocker(s)</source>
        <translation>%1 point(s) bloquant(s)</translation>
    </message>
    <message>
        <source>Office %1:</source>
        <translation>Office %1&#xa0;:</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>To replace the key ending in %1, run the command again with --yes.</source>
        <translation>Pour remplacer la clé se terminant par %1, relancez la commande avec --yes.</translation>
    </message>
    <message>
        <source>To put the GVLK of %1 back: kms-wizard host install-key --restore-gvlk (same target).</source>
        <translation>Pour remettre la GVLK de %1&#xa0;: kms-wizard host install-key --restore-gvlk (même cible).</translation>
    </message>
    <message>
        <source>Installation ID of %1:</source>
        <translation>ID d’installation de %1&#xa0;:</translation>
    </message>
    <message>
        <source>  Group %1: %2</source>
        <translation>  Groupe %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>  Block %1: %2</source>
        <translation>  Bloc %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Confirmation ID as entered:</source>
        <translation>ID de confirmation saisi&#xa0;:</translation>
    </message>
    <message>
        <source>Listening port: %1 (before: %2)</source>
        <translation>Port d’écoute&#xa0;: %1 (avant&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Low priority: %1</source>
        <translation>Priorité basse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Activation interval: %1 min, renewal interval: %2 min</source>
        <translation>Intervalle d’activation&#xa0;: %1 min, intervalle de renouvellement&#xa0;: %2 min</translation>
    </message>
    <message>
        <source>Firewall rule %1 (“%2”): enabled %3, port %4, profiles %5, remote addresses: %6%7</source>
        <translation>Règle de pare-feu %1 («&#x202f;%2&#x202f;»)&#xa0;: activée %3, port %4, profils %5, adresses distantes&#xa0;: %6%7</translation>
    </message>
    <message>
        <source> (from a Group Policy)</source>
        <translation> (d’une stratégie de groupe)</translation>
    </message>
    <message>
        <source>The host&apos;s network uses the firewall profile: %1</source>
        <translation>Le réseau de l’hôte utilise le profil de pare-feu&#xa0;: %1</translation>
    </message>
    <message>
        <source>DNS publishing: %1; extra domains: %2</source>
        <translation>Publication DNS&#xa0;: %1&#x202f;; domaines supplémentaires&#xa0;: %2</translation>
    </message>
    <message>
        <source>DNS check of %1:</source>
        <translation>Vérification DNS de %1&#xa0;:</translation>
    </message>
    <message>
        <source>Current count: %1 (it stops at %2)</source>
        <translation>Décompte actuel&#xa0;: %1 (il plafonne à %2)</translation>
    </message>
    <message>
        <source>Requests: %1 in total, %2 failed, %3 from licensed, %4 from unlicensed machines, %5 in initial grace</source>
        <translation>Demandes&#xa0;: %1 au total, %2 en échec, %3 de machines sous licence, %4 de machines sans licence, %5 en période de grâce initiale</translation>
    </message>
    <message>
        <source>Other KMS hosts in DNS: %1</source>
        <translation>Autres hôtes KMS dans le DNS&#xa0;: %1</translation>
    </message>
    <message>
        <source>Give the key on standard input (--key-stdin) or from the keyring (--key-label NAME); keys are never taken from the command line.</source>
        <translation>Indiquez la clé sur l’entrée standard (--key-stdin) ou depuis le trousseau (--key-label NOM)&#x202f;; les clés ne sont jamais lues sur la ligne de commande.</translation>
    </message>
    <message>
        <source>No product key was read from standard input.</source>
        <translation>Aucune clé de produit n’a été lue sur l’entrée standard.</translation>
    </message>
    <message>
        <source>No safe keyring is available on this computer: use --key-stdin.</source>
        <translation>Aucun trousseau sûr n’est disponible sur cet ordinateur&#xa0;: utilisez --key-stdin.</translation>
    </message>
    <message>
        <source>The keyring holds no key under the name “%1”.</source>
        <translation>Le trousseau ne contient aucune clé sous le nom «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>Give exactly one --version when installing or activating an Office host key.</source>
        <translation>Indiquez exactement une option --version pour installer ou activer une clé d’hôte Office.</translation>
    </message>
    <message>
        <source>Say what to change: --port, --priority, --activation-interval or --renewal-interval.</source>
        <translation>Indiquez ce qu’il faut modifier&#xa0;: --port, --priority, --activation-interval ou --renewal-interval.</translation>
    </message>
    <message>
        <source>Give the Confirmation ID with --cid or on standard input (--cid-stdin).</source>
        <translation>Indiquez l’ID de confirmation avec --cid ou sur l’entrée standard (--cid-stdin).</translation>
    </message>
    <message>
        <source>Port %1 was not set and nothing was changed: choose a port above 1024 that no Windows service uses (1688 is the KMS default).</source>
        <translation>Le port %1 n’a pas été défini et rien n’a été modifié&#xa0;: choisissez un port supérieur à 1024 qu’aucun service Windows n’utilise (1688 est le port KMS par défaut).</translation>
    </message>
    <message>
        <source>Port %1 is already in use on the host: %2 accepted a connection on it, so the KMS service could not listen there. Nothing was changed.</source>
        <translation>Le port %1 est déjà utilisé sur l’hôte&#xa0;: %2 a accepté une connexion sur ce port, le service KMS ne pourrait donc pas y écouter. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Choose another port, or find the program that uses it with “netstat -ano | findstr :%1” on the host.</source>
        <translation>Choisissez un autre port, ou trouvez le programme qui l’utilise avec «&#x202f;netstat -ano | findstr :%1&#x202f;» sur l’hôte.</translation>
    </message>
    <message>
        <source>Whether another program already uses port %1 on the host could not be checked from here (%2: no answer).</source>
        <translation>Impossible de vérifier d’ici si un autre programme utilise déjà le port %1 sur l’hôte (%2&#xa0;: aucune réponse).</translation>
    </message>
    <message>
        <source>If the KMS service does not answer on port %1, look on the host with “netstat -ano | findstr :%1”.</source>
        <translation>Si le service KMS ne répond pas sur le port %1, vérifiez sur l’hôte avec «&#x202f;netstat -ano | findstr :%1&#x202f;».</translation>
    </message>
    <message>
        <source>“%1” is not DOMAIN[:PRIORITY[:WEIGHT]] (such as example.com:0:100).</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas de la forme DOMAINE[:PRIORITÉ[:POIDS]] (par exemple example.com:0:100).</translation>
    </message>
</context>
<context>
    <name>HostSummary</name>
    <message>
        <source>not in the catalog (%1)</source>
        <translation>absente du catalogue (%1)</translation>
    </message>
    <message>
        <source>%1 — evaluation edition</source>
        <translation>%1 — édition d’évaluation</translation>
    </message>
    <message>
        <source>no product key installed</source>
        <translation>aucune clé de produit installée</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 jusqu’au %2</translation>
    </message>
    <message>
        <source>%1: %2, %3, key %4</source>
        <translation>%1&#xa0;: %2, %3, clé %4</translation>
    </message>
    <message>
        <source>yes: count %1, listening on port %2</source>
        <translation>oui&#xa0;: décompte %1, à l’écoute sur le port %2</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>Machine:</source>
        <translation>Machine&#xa0;:</translation>
    </message>
    <message>
        <source>Operating system:</source>
        <translation>Système d’exploitation&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation>Édition&#xa0;:</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Domaine&#xa0;:</translation>
    </message>
    <message>
        <source>workgroup</source>
        <translation>groupe de travail</translation>
    </message>
    <message>
        <source>Addresses:</source>
        <translation>Adresses&#xa0;:</translation>
    </message>
    <message>
        <source>Windows PowerShell:</source>
        <translation>Windows PowerShell&#xa0;:</translation>
    </message>
    <message>
        <source>Administrator rights:</source>
        <translation>Droits d’administrateur&#xa0;:</translation>
    </message>
    <message>
        <source>Windows licence:</source>
        <translation>Licence Windows&#xa0;:</translation>
    </message>
    <message>
        <source>KMS host:</source>
        <translation>Hôte KMS&#xa0;:</translation>
    </message>
</context>
<context>
    <name>InstallationId</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy all groups</source>
        <translation>Copier tous les groupes</translation>
    </message>
    <message>
        <source>Copy group %1</source>
        <translation>Copier le groupe %1</translation>
    </message>
</context>
<context>
    <name>Inventory</name>
    <message>
        <source>Line %1: the entry is %2 characters long, far too long for a host name; it was ignored.</source>
        <translation>Ligne %1&#xa0;: l’entrée compte %2 caractères, bien trop pour un nom d’hôte&#x202f;; elle a été ignorée.</translation>
    </message>
    <message>
        <source>Line %1: “%2” contains control characters or binary data; it was ignored.</source>
        <translation>Ligne %1&#xa0;: «&#x202f;%2&#x202f;» contient des caractères de contrôle ou des données binaires&#x202f;; elle a été ignorée.</translation>
    </message>
    <message>
        <source>Line %1: “%2” contains %3, which no host name can hold; it was ignored.</source>
        <translation>Ligne %1&#xa0;: «&#x202f;%2&#x202f;» contient %3, ce qu’aucun nom d’hôte ne peut contenir&#x202f;; elle a été ignorée.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a valid host name or IP address; it was ignored.</source>
        <translation>Ligne %1&#xa0;: «&#x202f;%2&#x202f;» n’est pas un nom d’hôte ni une adresse IP valide&#x202f;; elle a été ignorée.</translation>
    </message>
    <message>
        <source>Line %1: %2 is listed again (first on line %3); the duplicate was removed.</source>
        <translation>Ligne %1&#xa0;: %2 figure déjà dans la liste (d’abord à la ligne %3)&#x202f;; le doublon a été retiré.</translation>
    </message>
    <message>
        <source>Line %1: the host column is empty; the line was skipped.</source>
        <translation>Ligne %1&#xa0;: la colonne des hôtes est vide&#x202f;; la ligne a été sautée.</translation>
    </message>
    <message>
        <source>The file is %1 MB; a host list is never that large, so it was not read.</source>
        <translation>Le fichier fait %1 Mo&#x202f;; une liste d’hôtes n’est jamais aussi grande, il n’a donc pas été lu.</translation>
    </message>
    <message>
        <source>The file is not text (it looks like binary data), so no host was taken from it.</source>
        <translation>Le fichier n’est pas du texte (il ressemble à des données binaires)&#xa0;: aucun hôte n’en a été repris.</translation>
    </message>
    <message>
        <source>The inventory holds more than %1 hosts; split it into smaller lists.</source>
        <translation>L’inventaire contient plus de %1 hôtes&#x202f;; répartissez-le en listes plus petites.</translation>
    </message>
    <message>
        <source>No host to contact: the inventory is empty.</source>
        <translation>Aucun hôte à contacter&#xa0;: l’inventaire est vide.</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>une espace</translation>
    </message>
    <message>
        <source>a double quote</source>
        <translation>un guillemet droit double</translation>
    </message>
    <message>
        <source>a quote</source>
        <translation>une apostrophe</translation>
    </message>
    <message>
        <source>a semicolon</source>
        <translation>un point-virgule</translation>
    </message>
    <message>
        <source>a dollar sign</source>
        <translation>un signe dollar</translation>
    </message>
    <message>
        <source>a backtick</source>
        <translation>un accent grave</translation>
    </message>
    <message>
        <source>a parenthesis</source>
        <translation>une parenthèse</translation>
    </message>
    <message>
        <source>a vertical bar</source>
        <translation>une barre verticale</translation>
    </message>
    <message>
        <source>an ampersand</source>
        <translation>une esperluette</translation>
    </message>
    <message>
        <source>an angle bracket</source>
        <translation>un chevron</translation>
    </message>
    <message>
        <source>a backslash</source>
        <translation>une barre oblique inverse</translation>
    </message>
    <message>
        <source>a slash</source>
        <translation>une barre oblique</translation>
    </message>
    <message>
        <source>a comma</source>
        <translation>une virgule</translation>
    </message>
    <message>
        <source>an equals sign</source>
        <translation>un signe égal</translation>
    </message>
    <message>
        <source>a percent sign</source>
        <translation>un signe pour cent</translation>
    </message>
    <message>
        <source>an asterisk</source>
        <translation>un astérisque</translation>
    </message>
    <message>
        <source>the character “%1”</source>
        <translation>le caractère «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>The CSV file has no column “%1”. Its columns are: %2.</source>
        <translation>Le fichier CSV n’a pas de colonne «&#x202f;%1&#x202f;». Ses colonnes sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The CSV file has %1 columns; column %2 does not exist.</source>
        <translation>Le fichier CSV compte %1 colonnes&#x202f;; la colonne %2 n’existe pas.</translation>
    </message>
    <message>
        <source>No column of the CSV file holds host names. Name the column with --column.</source>
        <translation>Aucune colonne du fichier CSV ne contient de noms d’hôtes. Indiquez la colonne avec --column.</translation>
    </message>
    <message>
        <source>The CSV file cannot be read: %1</source>
        <translation>Le fichier CSV ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” is not an address range. Write it as 192.168.10.0/24 or 2001:db8::/120.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas une plage d’adresses. Écrivez-la sous la forme 192.168.10.0/24 ou 2001:db8::/120.</translation>
    </message>
    <message>
        <source>The range %1 holds %2 addresses; at most %3 can be scanned at once. Use a longer prefix (a smaller range).</source>
        <translation>La plage %1 compte %2 adresses&#x202f;; %3 au plus peuvent être analysées à la fois. Utilisez un préfixe plus long (une plage plus petite).</translation>
    </message>
    <message>
        <source>The range %1 holds %2 addresses (more than %3). Confirm to scan them all (--yes).</source>
        <translation>La plage %1 compte %2 adresses (plus de %3). Confirmez pour toutes les analyser (--yes).</translation>
    </message>
</context>
<context>
    <name>InventoryCommand</name>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Système d’exploitation</translation>
    </message>
    <message>
        <source>OU</source>
        <translation>UO</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s); none was contacted.</source>
        <translation>
            <numerusform>%n hôte&#x202f;; aucun n’a été contacté.</numerusform>
            <numerusform>%n hôtes&#x202f;; aucun n’a été contacté.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyEdit</name>
    <message numerus="yes">
        <source>%n more character(s) than a key holds were typed or pasted, and were left out: these fields now hold pieces that may not belong together. Clear the fields and paste or type the whole key from the first field.</source>
        <translation>
            <numerusform>%n caractère de plus que n’en contient une clé a été tapé ou collé, et il a été ignoré&#xa0;: ces champs contiennent maintenant des morceaux qui ne vont peut-être pas ensemble. Videz les champs, puis collez ou tapez la clé entière à partir du premier champ.</numerusform>
            <numerusform>%n caractères de plus que n’en contient une clé ont été tapés ou collés, et ils ont été ignorés&#xa0;: ces champs contiennent maintenant des morceaux qui ne vont peut-être pas ensemble. Videz les champs, puis collez ou tapez la clé entière à partir du premier champ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Afficher la clé</translation>
    </message>
    <message>
        <source>Untick to hide the key on screen while you type it.</source>
        <translation>Décochez pour masquer la clé à l’écran pendant la saisie.</translation>
    </message>
    <message>
        <source>Key group %1</source>
        <translation>Groupe de caractères %1</translation>
    </message>
</context>
<context>
    <name>KeyGroup</name>
    <message>
        <source>Client VL (Windows 7 Professional/Enterprise, Vista Business/Enterprise)</source>
        <translation>Client VL (Windows 7 Professionnel/Entreprise et Vista Professionnel/Entreprise)</translation>
    </message>
    <message>
        <source>Server Group A (Web, HPC)</source>
        <translation>Groupe de serveurs A (Web, HPC)</translation>
    </message>
    <message>
        <source>Server Group B (Standard, Enterprise)</source>
        <translation>Groupe de serveurs B (Standard, Entreprise)</translation>
    </message>
    <message>
        <source>Server Group C (Datacenter, Itanium)</source>
        <translation>Groupe de serveurs C (Datacenter, Itanium)</translation>
    </message>
    <message>
        <source>Windows 8 (activates clients only)</source>
        <translation>Windows 8 (active uniquement des clients)</translation>
    </message>
    <message>
        <source>Windows Server 2012 (servers and clients)</source>
        <translation>Windows Server 2012 (serveurs et clients)</translation>
    </message>
    <message>
        <source>Windows 8.1 (activates clients only)</source>
        <translation>Windows 8.1 (active uniquement des clients)</translation>
    </message>
    <message>
        <source>Windows Server 2012 R2 (servers and clients up to Windows 8.1)</source>
        <translation>Windows Server 2012 R2 (serveurs, et clients jusqu’à Windows 8.1)</translation>
    </message>
    <message>
        <source>Windows 10 (activates clients only)</source>
        <translation>Windows 10 (active uniquement des clients)</translation>
    </message>
    <message>
        <source>Windows Srv 2012R2 DataCtr/Std KMS for Windows 10 (servers and clients up to Windows 10)</source>
        <translation>Windows Srv 2012R2 DataCtr/Std KMS for Windows 10 (serveurs, et clients jusqu’à Windows 10)</translation>
    </message>
    <message>
        <source>Windows Server 2016 (servers and clients)</source>
        <translation>Windows Server 2016 (serveurs et clients)</translation>
    </message>
    <message>
        <source>Windows Server 2019 (servers and clients)</source>
        <translation>Windows Server 2019 (serveurs et clients)</translation>
    </message>
    <message>
        <source>Windows Server 2022 (servers and clients)</source>
        <translation>Windows Server 2022 (serveurs et clients)</translation>
    </message>
    <message>
        <source>Windows Server 2025 (servers and clients)</source>
        <translation>Windows Server 2025 (serveurs et clients)</translation>
    </message>
    <message>
        <source>Office 2010 KMS host key</source>
        <translation>Clé d’hôte KMS Office 2010</translation>
    </message>
    <message>
        <source>Office 2013 KMS host key</source>
        <translation>Clé d’hôte KMS Office 2013</translation>
    </message>
    <message>
        <source>Office 2016 KMS host key</source>
        <translation>Clé d’hôte KMS Office 2016</translation>
    </message>
    <message>
        <source>Office 2019 KMS host key</source>
        <translation>Clé d’hôte KMS Office 2019</translation>
    </message>
    <message>
        <source>Office LTSC 2021 KMS host key</source>
        <translation>Clé d’hôte KMS Office LTSC 2021</translation>
    </message>
    <message>
        <source>Office LTSC 2024 KMS host key</source>
        <translation>Clé d’hôte KMS Office LTSC 2024</translation>
    </message>
</context>
<context>
    <name>KeyGroupAdvice</name>
    <message>
        <source>%1 host key: it activates %2; it can be installed on this host (%3).</source>
        <translation>Clé d’hôte KMS %1&#xa0;: elle active %2&#x202f;; elle peut être installée sur cet hôte (%3).</translation>
    </message>
    <message>
        <source>%1 host key: it activates %2; it can be installed on this host (%3) once it has %4 or a later update.</source>
        <translation>Clé d’hôte KMS %1&#xa0;: elle active %2&#x202f;; elle peut être installée sur cet hôte (%3) une fois %4 ou une mise à jour ultérieure installée.</translation>
    </message>
    <message>
        <source>No host key that this host (%1) can hold activates %2. The %3 host key does, but it can be installed only on %4: set up the KMS host on one of those (a newer host).</source>
        <translation>Aucune clé d’hôte KMS que cet hôte (%1) peut recevoir n’active %2. La clé d’hôte KMS %3 le fait, mais elle ne peut être installée que sur %4&#xa0;: configurez l’hôte KMS sur l’un de ces systèmes (un hôte plus récent).</translation>
    </message>
    <message>
        <source>No host key that this host (%1) can hold activates %2. The %3 host key does, but this host cannot hold it:</source>
        <translation>Aucune clé d’hôte KMS que cet hôte (%1) peut recevoir n’active %2. La clé d’hôte KMS %3 le fait, mais cet hôte ne peut pas la recevoir&#xa0;:</translation>
    </message>
    <message>
        <source>No single host key activates %1 together: use two KMS hosts, one for the oldest versions and one for the newest.</source>
        <translation>Aucune clé d’hôte KMS n’active à la fois %1&#xa0;: utilisez deux hôtes KMS, l’un pour les versions les plus anciennes, l’autre pour les plus récentes.</translation>
    </message>
    <message>
        <source>No Windows client or server was chosen: keep the host&apos;s Windows key and add only the Office host keys.</source>
        <translation>Aucun client ni serveur Windows n’a été choisi&#xa0;: gardez la clé Windows de l’hôte et ajoutez seulement les clés d’hôte KMS Office.</translation>
    </message>
    <message>
        <source>%1: its own host key, which this host can hold.</source>
        <translation>%1&#xa0;: sa propre clé d’hôte KMS, que cet hôte peut recevoir.</translation>
    </message>
    <message>
        <source>%1: not on this host.</source>
        <translation>%1&#xa0;: pas sur cet hôte.</translation>
    </message>
</context>
<context>
    <name>KeyGroupPage</name>
    <message numerus="yes">
        <source>The last scan of this session read %n machine(s).</source>
        <translation>
            <numerusform>La dernière analyse de cette session a lu %n machine.</numerusform>
            <numerusform>La dernière analyse de cette session a lu %n machines.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 R2</source>
        <translation>%1 R2</translation>
    </message>
    <message>
        <source>LTSC %1</source>
        <translation>LTSC %1</translation>
    </message>
    <message>
        <source>No scan in this session yet: the clients are scanned after the host setup. Tick them by hand.</source>
        <translation>Aucune analyse dans cette session&#xa0;: les clients sont analysés après la configuration de l’hôte. Cochez-les à la main.</translation>
    </message>
    <message>
        <source>Check the host first: the advice depends on its Windows version.</source>
        <translation>Vérifiez d’abord l’hôte&#xa0;: le conseil dépend de sa version de Windows.</translation>
    </message>
    <message>
        <source>Tick the clients above to see which key group they need.</source>
        <translation>Cochez les clients ci-dessus pour voir quel groupe de clés il leur faut.</translation>
    </message>
    <message>
        <source>No new Windows host key</source>
        <translation>Pas de nouvelle clé d’hôte Windows</translation>
    </message>
    <message>
        <source>Keep the Windows key the host has (set up Office only).</source>
        <translation>Garder la clé Windows actuelle de l’hôte (configurer Office seulement).</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Its volume license pack is installed on the host.</source>
        <translation>Son pack de licences en volume est installé sur l’hôte.</translation>
    </message>
    <message>
        <source>%1 is greyed out: %2</source>
        <translation>%1 est grisé&#xa0;: %2</translation>
    </message>
    <message>
        <source>A %1 host key will activate (%2 products):</source>
        <translation>Une clé d’hôte %1 activera (%2 produits)&#xa0;:</translation>
    </message>
    <message>
        <source>The chosen host keys will activate:</source>
        <translation>Les clés d’hôte choisies activeront&#xa0;:</translation>
    </message>
    <message>
        <source>Which KMS host key you will install, and what it activates.</source>
        <translation>Quelle clé d’hôte KMS vous allez installer, et ce qu’elle active.</translation>
    </message>
    <message>
        <source>Windows host key group</source>
        <translation>Groupe de la clé d’hôte Windows</translation>
    </message>
    <message>
        <source>Key group</source>
        <translation>Groupe de clés</translation>
    </message>
    <message>
        <source>Can this host hold it?</source>
        <translation>Cet hôte peut-il la recevoir&#x202f;?</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Tick each Office version this host should activate: each has its own host key and needs its volume license pack on the host.</source>
        <translation>Cochez chaque version d’Office que cet hôte doit activer&#xa0;: chacune a sa propre clé d’hôte et nécessite son pack de licences en volume sur l’hôte.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What this choice needs on the host</source>
        <translation>Ce que ce choix exige sur l’hôte</translation>
    </message>
    <message>
        <source>Which clients must this host activate?</source>
        <translation>Quels clients cet hôte doit-il activer&#x202f;?</translation>
    </message>
    <message>
        <source>Windows:</source>
        <translation>Windows&#xa0;:</translation>
    </message>
    <message>
        <source>Windows Server:</source>
        <translation>Windows Server&#xa0;:</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Office&#xa0;:</translation>
    </message>
    <message>
        <source>Take them from a scan</source>
        <translation>Les reprendre d’une analyse</translation>
    </message>
    <message>
        <source>Use this group</source>
        <translation>Utiliser ce groupe</translation>
    </message>
    <message>
        <source>server</source>
        <translation>serveur</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
</context>
<context>
    <name>KeysCommand</name>
    <message>
        <source>Well-formed product key: %1</source>
        <translation>Clé de produit bien formée&#xa0;: %1</translation>
    </message>
    <message>
        <source>This is the public KMS client setup key (GVLK) of %1. Install it on clients, not as a KMS host key.</source>
        <translation>Il s’agit de la clé d’installation du client KMS (GVLK) de %1. Installez-la sur les clients, pas comme clé d’hôte KMS.</translation>
    </message>
    <message>
        <source>Not a known KMS client setup key (it may be a host key, a MAK or a retail key).</source>
        <translation>Ce n’est pas une clé d’installation du client KMS connue (il peut s’agir d’une clé d’hôte KMS, d’une clé MAK ou d’une clé commerciale).</translation>
    </message>
    <message>
        <source>Key format: Windows 8 / Office 2013 and later.</source>
        <translation>Format de clé&#xa0;: Windows 8 / Office 2013 et versions ultérieures.</translation>
    </message>
    <message>
        <source>Key format: Windows 7 / Office 2010 and earlier.</source>
        <translation>Format de clé&#xa0;: Windows 7 / Office 2010 et versions antérieures.</translation>
    </message>
    <message>
        <source>Not a valid product key: %1</source>
        <translation>Clé de produit non valide&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>KmsCoverage</name>
    <message>
        <source>Will activate: the host key of %1 (%2) covers it.</source>
        <translation>Sera activé&#xa0;: la clé d’hôte KMS de %1 (%2) le couvre.</translation>
    </message>
    <message>
        <source>Cannot activate: the host key of %1 (%2) does not cover %3; it would end in its grace period (0xC004F042). Install the host key of %4 on the host first.</source>
        <translation>Activation impossible&#xa0;: la clé d’hôte KMS de %1 (%2) ne couvre pas %3&#x202f;; le produit finirait en période de grâce (0xC004F042). Installez d’abord sur l’hôte la clé d’hôte KMS de %4.</translation>
    </message>
    <message>
        <source>Cannot activate: the host key of %1 (%2) does not cover %3, and no host key group of the catalog does; it would end in its grace period (0xC004F042).</source>
        <translation>Activation impossible&#xa0;: la clé d’hôte KMS de %1 (%2) ne couvre pas %3, et aucun groupe de clés d’hôte du catalogue ne le couvre&#x202f;; le produit finirait en période de grâce (0xC004F042).</translation>
    </message>
    <message>
        <source>Cannot activate: the host key of %1 (%2) does not cover %3, and no host key that %4 may hold does; it would end in its grace period (0xC004F042). A KMS host on a newer Windows Server is needed for it.</source>
        <translation>Activation impossible&#xa0;: la clé d’hôte KMS de %1 (%2) ne couvre pas %3, et aucune clé d’hôte KMS que %4 peut recevoir ne le couvre&#x202f;; le produit finirait en période de grâce (0xC004F042). Il lui faut un hôte KMS sous une version plus récente de Windows Server.</translation>
    </message>
    <message>
        <source>Cannot activate: %1 holds no KMS host key (CSVLK), so it is not a KMS host and would answer nothing (0xC004F074). Set it up as a KMS host first.</source>
        <translation>Activation impossible&#xa0;: %1 ne contient aucune clé d’hôte KMS (CSVLK)&#x202f;; ce n’est donc pas un hôte KMS et il ne répondrait pas (0xC004F074). Configurez-le d’abord comme hôte KMS.</translation>
    </message>
    <message>
        <source>Cannot check: the KMS host %1 could not be read (%2).</source>
        <translation>Vérification impossible&#xa0;: l’hôte KMS %1 n’a pas pu être lu (%2).</translation>
    </message>
    <message>
        <source>Cannot check: the host key on %1 (“%2”) does not match a key group of the catalog.</source>
        <translation>Vérification impossible&#xa0;: la clé d’hôte KMS de %1 («&#x202f;%2&#x202f;») ne correspond à aucun groupe de clés du catalogue.</translation>
    </message>
    <message>
        <source>Cannot check: the client finds its KMS host through DNS and no host is known; name the KMS host to have it checked.</source>
        <translation>Vérification impossible&#xa0;: le client trouve son hôte KMS par le DNS et aucun hôte n’est connu&#x202f;; indiquez l’hôte KMS pour le faire vérifier.</translation>
    </message>
    <message>
        <source>Cannot check: DNS names several KMS hosts (%1) and only some of them can activate %2; the client may ask any of them.</source>
        <translation>Vérification impossible&#xa0;: le DNS indique plusieurs hôtes KMS (%1) et seuls certains peuvent activer %2&#x202f;; le client peut s’adresser à n’importe lequel.</translation>
    </message>
    <message>
        <source>Cannot check: the edition of this product could not be identified.</source>
        <translation>Vérification impossible&#xa0;: l’édition de ce produit n’a pas pu être identifiée.</translation>
    </message>
</context>
<context>
    <name>KmsHost</name>
    <message>
        <source>No KMS host was given.</source>
        <translation>Aucun hôte KMS n’a été indiqué.</translation>
    </message>
    <message>
        <source>“%1” is not a valid host name or IP address.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas un nom d’hôte ni une adresse IP valide.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535; “%1” is not.</source>
        <translation>Le port doit être un nombre compris entre 1 et 65535&#x202f;; «&#x202f;%1&#x202f;» n’en est pas un.</translation>
    </message>
</context>
<context>
    <name>LabCommand</name>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 doit être compris entre %2 et %3.</translation>
    </message>
    <message>
        <source>The lab could not listen: %1</source>
        <translation>Le laboratoire n’a pas pu se mettre à l’écoute&#xa0;: %1</translation>
    </message>
    <message>
        <source>The simulated lab is not available in this build (%1).</source>
        <translation>Le laboratoire simulé n’est pas disponible dans cette version (%1).</translation>
    </message>
</context>
<context>
    <name>LabScenario</name>
    <message>
        <source>Today&apos;s network: a Windows Server 2022 KMS host</source>
        <translation>Réseau actuel&#xa0;: un hôte KMS sous Windows Server 2022</translation>
    </message>
    <message>
        <source>Windows 10 and 11, Windows Server 2016 to 2022 and Office clients; a newer server and a newer Office show what the host cannot activate.</source>
        <translation>Windows 10 et 11, Windows Server 2016 à 2022 et des clients Office&#x202f;; un serveur plus récent et un Office plus récent montrent ce que l’hôte ne peut pas activer.</translation>
    </message>
    <message>
        <source>Windows 7 and Windows Server 2008 R2 clients, Server Group A, B or C keys, Office 2010 and 2016.</source>
        <translation>Des clients Windows 7 et Windows Server 2008 R2, les clés des groupes de serveurs A, B ou C, Office 2010 et 2016.</translation>
    </message>
    <message>
        <source>An older network: a Windows Server 2008 R2 KMS host</source>
        <translation>Réseau plus ancien&#xa0;: un hôte KMS sous Windows Server 2008 R2</translation>
    </message>
</context>
<context>
    <name>LeaveWizard</name>
    <message>
        <source>Close the wizard</source>
        <translation>Fermer l’assistant</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Rester</translation>
    </message>
    <message>
        <source>What you typed on these pages is not kept: %1.</source>
        <translation>Ce que vous avez saisi sur ces pages n’est pas conservé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The changes already made stay as they are: leaving does not undo them.</source>
        <translation>Les modifications déjà effectuées restent en place&#xa0;: quitter ne les annule pas.</translation>
    </message>
    <message>
        <source>A conversion run is in progress: no new host starts, the hosts in flight finish their steps, and the next start of the wizard offers to resume the run from the journal.</source>
        <translation>Une conversion est en cours&#xa0;: aucun nouvel hôte ne démarre, les hôtes en cours terminent leurs étapes, et au prochain démarrage l’assistant propose de reprendre la conversion depuis le journal.</translation>
    </message>
    <message>
        <source>Conversion run %1 is interrupted: it stays in the journal, and the next start of the wizard offers to resume it.</source>
        <translation>La conversion %1 est interrompue&#xa0;: elle reste dans le journal, et au prochain démarrage l’assistant propose de la reprendre.</translation>
    </message>
    <message>
        <source>Leave the KMS Host Wizard?</source>
        <translation>Quitter l’assistant d’hôte KMS&#x202f;?</translation>
    </message>
    <message>
        <source>Close the wizard now?</source>
        <translation>Fermer l’assistant maintenant&#x202f;?</translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>LicenseChannel</name>
    <message>
        <source>KMS client (GVLK)</source>
        <translation>Client KMS (GVLK)</translation>
    </message>
    <message>
        <source>MAK</source>
        <translation>MAK</translation>
    </message>
    <message>
        <source>KMS host (CSVLK)</source>
        <translation>Hôte KMS (CSVLK)</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>Commercial (Retail)</translation>
    </message>
    <message>
        <source>OEM</source>
        <translation>OEM</translation>
    </message>
    <message>
        <source>Time-based</source>
        <translation>Limité dans le temps</translation>
    </message>
    <message>
        <source>Automatic virtual machine activation</source>
        <translation>Activation automatique de machine virtuelle</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>LicenseStatus</name>
    <message>
        <source>Unlicensed</source>
        <translation>Sans licence</translation>
    </message>
    <message>
        <source>The product is not activated and has no grace period left.</source>
        <translation>Le produit n’est pas activé et ne dispose plus d’aucune période de grâce.</translation>
    </message>
    <message>
        <source>Licensed</source>
        <translation>Sous licence</translation>
    </message>
    <message>
        <source>The product is activated. With time remaining it is a KMS, Active Directory, time-based or virtual machine activation that must be renewed; without, it is permanent.</source>
        <translation>Le produit est activé. Si une durée restante est indiquée, il s’agit d’une activation KMS, Active Directory, limitée dans le temps ou de machine virtuelle, qui doit être renouvelée&#x202f;; sinon, elle est permanente.</translation>
    </message>
    <message>
        <source>Initial grace period</source>
        <translation>Période de grâce initiale</translation>
    </message>
    <message>
        <source>The product was installed, or its key changed, and it is not activated yet.</source>
        <translation>Le produit a été installé, ou sa clé a changé, et il n’est pas encore activé.</translation>
    </message>
    <message>
        <source>Additional grace period</source>
        <translation>Période de grâce supplémentaire</translation>
    </message>
    <message>
        <source>The KMS activation expired, or the hardware changed beyond tolerance.</source>
        <translation>L’activation KMS a expiré, ou le matériel a changé au-delà de la tolérance.</translation>
    </message>
    <message>
        <source>Non-genuine grace period</source>
        <translation>Période de grâce non authentique</translation>
    </message>
    <message>
        <source>Windows considers this copy not genuine.</source>
        <translation>Windows considère que cette copie n’est pas authentique.</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>The grace period is over and Windows reminds the user to activate; the reason code says why.</source>
        <translation>La période de grâce est terminée et Windows rappelle à l’utilisateur d’activer le produit&#x202f;; le code de motif en indique la raison.</translation>
    </message>
    <message>
        <source>Extended grace period</source>
        <translation>Période de grâce étendue</translation>
    </message>
    <message>
        <source>The product runs in an extended grace period and is not activated.</source>
        <translation>Le produit fonctionne pendant une période de grâce étendue et n’est pas activé.</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>The host listens on port %1 now; 1688 is the standard port.</source>
        <translation>L’hôte écoute actuellement sur le port %1&#x202f;; 1688 est le port standard.</translation>
    </message>
    <message>
        <source>Move the KMS service of %1 from port %2 to port %3 (it restarts) and open TCP port %3 in its firewall for: %4?</source>
        <translation>Déplacer le service KMS de %1 du port %2 vers le port %3 (il redémarre) et ouvrir le port TCP %3 dans son pare-feu pour&#xa0;: %4&#x202f;?</translation>
    </message>
    <message>
        <source>Open TCP port %1 in the firewall of %2 for: %3?</source>
        <translation>Ouvrir le port TCP %1 dans le pare-feu de %2 pour&#xa0;: %3&#x202f;?</translation>
    </message>
    <message>
        <source>Applying the port and the firewall rule…</source>
        <translation>Application du port et de la règle de pare-feu…</translation>
    </message>
    <message>
        <source>Connecting to %1, port %2…</source>
        <translation>Connexion à %1, port %2…</translation>
    </message>
    <message>
        <source>Tested on the KMS host itself: this proves nothing about the firewall. Test from a client.</source>
        <translation>Test effectué sur l’hôte KMS lui-même&#xa0;: il ne prouve rien sur le pare-feu. Testez depuis un client.</translation>
    </message>
    <message>
        <source>Clients can reach the KMS port.</source>
        <translation>Les clients peuvent joindre le port KMS.</translation>
    </message>
    <message>
        <source>The KMS port cannot be reached.</source>
        <translation>Le port KMS est injoignable.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Clients reach the KMS host on TCP port 1688 unless you change it.</source>
        <translation>Les clients joignent l’hôte KMS sur le port TCP 1688, sauf si vous le changez.</translation>
    </message>
    <message>
        <source>Windows Firewall blocks the KMS port until its rule is enabled. Enable it for the profile of the host&apos;s network: a domain member uses the Domain profile. Windows has two rules for KMS, and the one for Private and Public networks admits the local subnet only.</source>
        <translation>Le pare-feu Windows bloque le port KMS tant que sa règle n’est pas activée. Activez-la pour le profil du réseau de l’hôte&#xa0;: un membre du domaine utilise le profil Domaine. Windows a deux règles pour KMS, et celle des réseaux Privé et Public n’admet que le sous-réseau local.</translation>
    </message>
    <message>
        <source>rule SPPSVC-In-TCP-NoScope: clients from any address</source>
        <translation>règle SPPSVC-In-TCP-NoScope&#xa0;: clients de toute adresse</translation>
    </message>
    <message>
        <source>rule SPPSVC-In-TCP (Private and Public together): local subnet only</source>
        <translation>règle SPPSVC-In-TCP (Privé et Public ensemble)&#xa0;: sous-réseau local uniquement</translation>
    </message>
    <message>
        <source>KMS port:</source>
        <translation>Port KMS&#xa0;:</translation>
    </message>
    <message>
        <source>Firewall profiles:</source>
        <translation>Profils du pare-feu&#xa0;:</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>Appliquer…</translation>
    </message>
    <message>
        <source>Test reachability</source>
        <translation>Tester l’accessibilité</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Reading the Office state of the host…</source>
        <translation>Lecture de l’état d’Office sur l’hôte…</translation>
    </message>
    <message>
        <source>This is the KMS client setup key (GVLK) of %1, not an Office host key.</source>
        <translation>C’est la clé d’installation du client KMS (GVLK) de %1, pas une clé d’hôte Office.</translation>
    </message>
    <message>
        <source>Install the %1 host key %2 on %3?</source>
        <translation>Installer la clé d’hôte %1 %2 sur %3&#x202f;?</translation>
    </message>
    <message>
        <source>Installing %1…</source>
        <translation>Installation de %1…</translation>
    </message>
    <message>
        <source>Activate the %1 host key on %2 online now?</source>
        <translation>Activer maintenant en ligne la clé d’hôte %1 sur %2&#x202f;?</translation>
    </message>
    <message>
        <source>Activating %1 online…</source>
        <translation>Activation en ligne de %1…</translation>
    </message>
    <message>
        <source>Each Office version has its own host key and volume license pack.</source>
        <translation>Chaque version d’Office a sa propre clé d’hôte et son pack de licences en volume.</translation>
    </message>
    <message>
        <source>The Office host key goes onto the KMS host (not onto the Office clients) once the version&apos;s volume license pack is installed there. Office itself need not be installed on the host.</source>
        <translation>La clé d’hôte Office s’installe sur l’hôte KMS (pas sur les clients Office), une fois le pack de licences en volume de la version installé sur celui-ci. Office lui-même n’a pas besoin d’être installé sur l’hôte.</translation>
    </message>
    <message>
        <source>State on the host</source>
        <translation>État sur l’hôte</translation>
    </message>
    <message>
        <source>Office host key</source>
        <translation>Clé d’hôte Office</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <source>Install the key…</source>
        <translation>Installer la clé…</translation>
    </message>
    <message>
        <source>Use the lab&apos;s key</source>
        <translation>Clé du laboratoire</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Activate online…</source>
        <translation>Activer en ligne…</translation>
    </message>
    <message>
        <source>By phone (next page)</source>
        <translation>Par téléphone (page suivante)</translation>
    </message>
</context>
<context>
    <name>OperationPanel</name>
    <message>
        <source>Cancelled: the wizard stopped waiting. A request that had already reached the machine may still complete there; check again to see its state.</source>
        <translation>Annulé&#xa0;: l’assistant a cessé d’attendre. Une demande déjà parvenue à la machine peut encore y aboutir&#x202f;; vérifiez de nouveau pour voir son état.</translation>
    </message>
    <message>
        <source>%1 (%2 s)</source>
        <translation>%1 (%2 s)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the error and its explanation</source>
        <translation>Copier l’erreur et son explication</translation>
    </message>
</context>
<context>
    <name>PhoneActivation</name>
    <message>
        <source>The machine returned no Installation ID.</source>
        <translation>La machine n’a renvoyé aucun ID d’installation.</translation>
    </message>
    <message>
        <source>The Installation ID may contain only digits, but it contains “%1”.</source>
        <translation>L’ID d’installation ne peut contenir que des chiffres, mais il contient «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>Block %1 is empty.</source>
        <translation>Le bloc %1 est vide.</translation>
    </message>
    <message>
        <source>Block %1 may contain only digits.</source>
        <translation>Le bloc %1 ne peut contenir que des chiffres.</translation>
    </message>
    <message>
        <source>Block %1 needs 6 digits; it has %2.</source>
        <translation>Le bloc %1 doit compter 6 chiffres&#x202f;; il en compte %2.</translation>
    </message>
    <message>
        <source>Block %1 fails the old check-digit test. Newer Confirmation IDs may follow another rule, so it can still be right: compare it with what you were given.</source>
        <translation>Le bloc %1 échoue au test de l’ancien chiffre de contrôle. Les ID de confirmation récents peuvent suivre une autre règle, il peut donc être juste&#xa0;: comparez-le avec ce qui vous a été communiqué.</translation>
    </message>
    <message>
        <source>A Confirmation ID has 48 digits (8 blocks of 6); this one has %1.</source>
        <translation>Un ID de confirmation compte 48 chiffres (8 blocs de 6)&#x202f;; celui-ci en compte %1.</translation>
    </message>
    <message>
        <source>A Confirmation ID may contain only digits and the block letters A to H, but it contains “%1”.</source>
        <translation>Un ID de confirmation ne peut contenir que des chiffres et les lettres de bloc A à H, mais celui-ci contient «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>A Confirmation ID has 8 blocks; %1 were given.</source>
        <translation>Un ID de confirmation compte 8 blocs&#x202f;; %1 ont été fournis.</translation>
    </message>
    <message>
        <source>Re-type block %1: it is the only block that fails the check digit, so it most likely holds the typing mistake.</source>
        <translation>Ressaisissez le bloc %1&#xa0;: c’est le seul bloc dont le chiffre de contrôle est faux, il contient donc très probablement la faute de frappe.</translation>
    </message>
    <message>
        <source>Re-type blocks %1 first: they fail the check digit, the others pass it.</source>
        <translation>Ressaisissez d’abord les blocs %1&#xa0;: leur chiffre de contrôle est faux, celui des autres est juste.</translation>
    </message>
    <message>
        <source>The check digits cannot tell which block is wrong: read the eight blocks back to the activation centre and re-type those that differ.</source>
        <translation>Les chiffres de contrôle ne permettent pas de savoir quel bloc est faux&#xa0;: relisez les huit blocs au centre d’activation et ressaisissez ceux qui diffèrent.</translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <source>Windows (the KMS host key)</source>
        <translation>Windows (la clé d’hôte KMS)</translation>
    </message>
    <message>
        <source>Reading the Installation ID…</source>
        <translation>Lecture de l’ID d’installation…</translation>
    </message>
    <message>
        <source>Activate %1 on %2 with this Confirmation ID?</source>
        <translation>Activer %1 sur %2 avec cet ID de confirmation&#x202f;?</translation>
    </message>
    <message>
        <source>Confirmation ID: %1</source>
        <translation>ID de confirmation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Activating with the Confirmation ID…</source>
        <translation>Activation avec l’ID de confirmation…</translation>
    </message>
    <message>
        <source>Activated by phone.</source>
        <translation>Activé par téléphone.</translation>
    </message>
    <message>
        <source>The Confirmation ID was not accepted: see below.</source>
        <translation>L’ID de confirmation n’a pas été accepté&#xa0;: voir ci-dessous.</translation>
    </message>
    <message>
        <source>The Confirmation ID typed on the Phone activation page is lost: it is not saved, and a new one means calling the activation centre again.</source>
        <translation>L’ID de confirmation saisi sur la page Activation par téléphone sera perdu&#xa0;: il n’est pas enregistré, et en obtenir un nouveau oblige à rappeler le centre d’activation.</translation>
    </message>
    <message>
        <source>For %1. Read these groups out when you are asked for them:</source>
        <translation>Pour %1. Dictez ces groupes quand on vous les demande&#xa0;:</translation>
    </message>
    <message>
        <source>For a host without internet access: by phone, in three steps.</source>
        <translation>Pour un hôte sans accès à Internet&#xa0;: par téléphone, en trois étapes.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Confirmation ID from the lab&apos;s centre</source>
        <translation>ID de confirmation donné par le centre du laboratoire</translation>
    </message>
    <message>
        <source>1. The Installation ID</source>
        <translation>1. L’ID d’installation</translation>
    </message>
    <message>
        <source>Read the Installation ID again</source>
        <translation>Relire l’ID d’installation</translation>
    </message>
    <message>
        <source>2. Call the activation centre</source>
        <translation>2. Appelez le centre d’activation</translation>
    </message>
    <message>
        <source>The phone number depends on your country: on the host, run “slui 4” and choose your country, or see the list of Microsoft licensing activation centres in the help beside. An automated voice or a person asks for the Installation ID group by group.</source>
        <translation>Le numéro dépend de votre pays&#xa0;: sur l’hôte, lancez «&#x202f;slui 4&#x202f;» et choisissez votre pays, ou consultez la liste des centres d’activation des licences Microsoft dans l’aide ci-contre. Un serveur vocal ou une personne vous demande l’ID d’installation groupe par groupe.</translation>
    </message>
    <message>
        <source>Call the lab&apos;s activation centre</source>
        <translation>Appeler le centre d’activation du laboratoire</translation>
    </message>
    <message>
        <source>3. The Confirmation ID</source>
        <translation>3. L’ID de confirmation</translation>
    </message>
    <message>
        <source>Type the eight blocks A to H you are given, or paste the whole ID into block A. A block marked amber may still be right: compare it with what you heard.</source>
        <translation>Saisissez les huit blocs A à H que l’on vous donne, ou collez l’ID entier dans le bloc A. Un bloc signalé en orange peut être correct&#xa0;: comparez-le avec ce que vous avez entendu.</translation>
    </message>
    <message>
        <source>Activate with this Confirmation ID…</source>
        <translation>Activer avec cet ID de confirmation…</translation>
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
        <translation>Une clé de produit comporte 25 caractères (cinq groupes de cinq)&#x202f;; celle-ci en a %1.</translation>
    </message>
    <message>
        <source>A product key cannot contain “%1”. Product keys use only the letters B C D F G H J K M N P Q R T V W X Y and the digits 2 3 4 6 7 8 9 (no 0, 1, 5, A, E, I, L, O, S, U or Z).</source>
        <translation>Une clé de produit ne peut pas contenir «&#x202f;%1&#x202f;». Les clés de produit n’utilisent que les lettres B C D F G H J K M N P Q R T V W X Y et les chiffres 2 3 4 6 7 8 9 (jamais 0, 1, 5, A, E, I, L, O, S, U ni Z).</translation>
    </message>
    <message>
        <source>A product key is five groups of five characters separated by dashes; a character seems to be in the wrong group.</source>
        <translation>Une clé de produit se compose de cinq groupes de cinq caractères séparés par des tirets&#x202f;; un caractère semble se trouver dans le mauvais groupe.</translation>
    </message>
    <message>
        <source>A product key contains at most one letter N; this one has %1.</source>
        <translation>Une clé de produit contient au plus une lettre N&#x202f;; celle-ci en contient %1.</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Grace / expiry</source>
        <translation>Grâce / expiration</translation>
    </message>
    <message>
        <source>KMS host</source>
        <translation>Hôte KMS</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>MAK</source>
        <translation>MAK</translation>
    </message>
    <message>
        <source>KMS client</source>
        <translation>Client KMS</translation>
    </message>
    <message>
        <source>Unlicensed</source>
        <translation>Sans licence</translation>
    </message>
    <message>
        <source>In grace</source>
        <translation>En période de grâce</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>Hosts with a product activated (or to be activated) by a MAK</source>
        <translation>Hôtes ayant un produit activé (ou à activer) par une MAK</translation>
    </message>
    <message>
        <source>Hosts with a product holding a KMS client key (GVLK)</source>
        <translation>Hôtes ayant un produit doté d’une clé d’installation du client KMS (GVLK)</translation>
    </message>
    <message>
        <source>Hosts with a product that is neither activated nor in a grace period</source>
        <translation>Hôtes ayant un produit ni activé ni en période de grâce</translation>
    </message>
    <message>
        <source>Hosts with a product that is not activated yet and runs on its grace</source>
        <translation>Hôtes ayant un produit pas encore activé qui fonctionne en période de grâce</translation>
    </message>
    <message numerus="yes">
        <source>Hosts with an activation or grace period ending within %n day(s)</source>
        <translation>
            <numerusform>Hôtes dont une activation ou une période de grâce se termine dans %n jour</numerusform>
            <numerusform>Hôtes dont une activation ou une période de grâce se termine dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Hosts that could not be reached over WinRM</source>
        <translation>Hôtes injoignables par WinRM</translation>
    </message>
    <message>
        <source>Hosts that refused the user name or password</source>
        <translation>Hôtes ayant refusé le nom d’utilisateur ou le mot de passe</translation>
    </message>
    <message>
        <source>Licensed</source>
        <translation>Sous licence</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>Non lus</translation>
    </message>
    <message>
        <source>Not scanned</source>
        <translation>Non analysés</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (DNS)</source>
        <translation>%1 (DNS)</translation>
    </message>
</context>
<context>
    <name>ResumeOffer</name>
    <message numerus="yes">
        <source>Conversion run %1 (started %2) was interrupted on %n host(s). Go to the clients now to resume it?</source>
        <translation>
            <numerusform>La conversion %1 (lancée le %2) a été interrompue sur %n hôte. Passer maintenant aux clients pour la reprendre&#x202f;?</numerusform>
            <numerusform>La conversion %1 (lancée le %2) a été interrompue sur %n hôtes. Passer maintenant aux clients pour la reprendre&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume an interrupted conversion?</source>
        <translation>Reprendre une conversion interrompue&#x202f;?</translation>
    </message>
    <message>
        <source>Resuming reads each host again and runs only the steps that have not taken effect. You can also resume it later from the conversion page.</source>
        <translation>La reprise relit chaque hôte et n’exécute que les étapes qui n’ont pas pris effet. Vous pouvez aussi la reprendre plus tard depuis la page de conversion.</translation>
    </message>
</context>
<context>
    <name>ScanCommand</name>
    <message>
        <source>Scanning %1 of %2 hosts (%3 not read)…</source>
        <translation>Analyse&#xa0;: %1 hôtes sur %2 (non lus&#xa0;: %3)…</translation>
    </message>
    <message>
        <source>Cancelling: no new host starts; waiting for those in progress…</source>
        <translation>Annulation&#xa0;: aucun nouvel hôte n’est lancé&#x202f;; attente de ceux en cours…</translation>
    </message>
    <message>
        <source>Hosts: %1 — read: %2, unreachable: %3, credentials refused: %4, failed: %5, not scanned: %6</source>
        <translation>Hôtes&#xa0;: %1 — lus&#xa0;: %2, injoignables&#xa0;: %3, identifiants refusés&#xa0;: %4, en échec&#xa0;: %5, non analysés&#xa0;: %6</translation>
    </message>
    <message>
        <source>Products: %1 (Windows %2, Office %3) — KMS clients: %4, MAK: %5, retail/OEM: %6, KMS hosts: %7</source>
        <translation>Produits&#xa0;: %1 (Windows %2, Office %3) — clients KMS&#xa0;: %4, MAK&#xa0;: %5, commerce/OEM&#xa0;: %6, hôtes KMS&#xa0;: %7</translation>
    </message>
    <message>
        <source>Licensed: %1, in grace: %2, unlicensed: %3, ending within %4 days: %5</source>
        <translation>Sous licence&#xa0;: %1, en période de grâce&#xa0;: %2, sans licence&#xa0;: %3, fin dans %4 jours au plus&#xa0;: %5</translation>
    </message>
    <message>
        <source>Duplicate client machine ID %1 on %2: the KMS host counts them once (run sysprep /generalize on cloned machines).</source>
        <translation>ID de machine cliente %1 en double sur %2&#xa0;: l’hôte KMS ne les compte qu’une fois (exécutez sysprep /generalize sur les machines clonées).</translation>
    </message>
    <message>
        <source>Scan %1 saved in the journal %2.</source>
        <translation>Analyse %1 enregistrée dans le journal %2.</translation>
    </message>
    <message numerus="yes">
        <source>The scan was cancelled: %n host(s) not scanned.</source>
        <translation>
            <numerusform>L’analyse a été annulée&#xa0;: %n hôte non analysé.</numerusform>
            <numerusform>L’analyse a été annulée&#xa0;: %n hôtes non analysés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>Rapport écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>The report %1 could not be written: %2</source>
        <translation>Le rapport %1 n’a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>The journal holds no scan yet.</source>
        <translation>Le journal ne contient encore aucune analyse.</translation>
    </message>
    <message>
        <source>Scan %1 — %2 — %3 — %4 host(s), %5: read %6, MAK %7, KMS clients %8</source>
        <translation>Analyse %1 — %2 — %3 — %4 hôte(s), %5&#xa0;: lus %6, MAK %7, clients KMS %8</translation>
    </message>
    <message>
        <source>The journal holds no scan %1.</source>
        <translation>Le journal ne contient pas d’analyse %1.</translation>
    </message>
    <message>
        <source>There is no scan before scan %1 to compare with.</source>
        <translation>Il n’y a pas d’analyse antérieure à l’analyse %1 avec laquelle comparer.</translation>
    </message>
    <message>
        <source>Changes from scan %1 to scan %2:</source>
        <translation>Changements de l’analyse %1 à l’analyse %2&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Rien n’a changé.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1&#xa0;: %2 — %3</translation>
    </message>
    <message>
        <source>%1: %2 — %3 → %4</source>
        <translation>%1&#xa0;: %2 — %3 → %4</translation>
    </message>
    <message>
        <source>--compare takes one or two scan numbers.</source>
        <translation>--compare prend un ou deux numéros d’analyse.</translation>
    </message>
    <message>
        <source>--list and --compare read the journal: leave out the machines to scan.</source>
        <translation>--list et --compare lisent le journal&#xa0;: retirez les machines à analyser.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
</context>
<context>
    <name>ScanComparison</name>
    <message>
        <source>New host</source>
        <translation>Nouvel hôte</translation>
    </message>
    <message>
        <source>Host no longer in the scan</source>
        <translation>Hôte absent de cette analyse</translation>
    </message>
    <message>
        <source>Scan outcome changed</source>
        <translation>Résultat d’analyse modifié</translation>
    </message>
    <message>
        <source>Product added</source>
        <translation>Produit ajouté</translation>
    </message>
    <message>
        <source>Product removed</source>
        <translation>Produit retiré</translation>
    </message>
    <message>
        <source>Channel changed</source>
        <translation>Canal modifié</translation>
    </message>
    <message>
        <source>License status changed</source>
        <translation>État de licence modifié</translation>
    </message>
</context>
<context>
    <name>ScreenshotsCommand</name>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Selftest</name>
    <message>
        <source>OK      %1: %2</source>
        <translation>OK      %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>FAILED  %1: %2</source>
        <translation>ÉCHEC   %1&#xa0;: %2</translation>
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
        <translation>%1 scripts d’opération, commande la plus longue&#xa0;: %2 caractères</translation>
    </message>
    <message>
        <source>French and German catalogs load</source>
        <translation>Les catalogues français et allemand se chargent</translation>
    </message>
    <message>
        <source>%1 help pages in each of %2 languages</source>
        <translation>%1 pages d’aide dans chacune des %2 langues</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>Problèmes&#xa0;: %1</translation>
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
        <source>Offline help</source>
        <translation>Aide hors ligne</translation>
    </message>
    <message>
        <source>Some checks failed.</source>
        <translation>Certaines vérifications ont échoué.</translation>
    </message>
</context>
<context>
    <name>StatusData</name>
    <message>
        <source>The status data “%1” is not a record of named fields.</source>
        <translation>Les données d’état «&#x202f;%1&#x202f;» ne sont pas un enregistrement de champs nommés.</translation>
    </message>
    <message>
        <source>The status data has no “%1” field.</source>
        <translation>Les données d’état ne contiennent pas de champ «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>The status field “%1” is not text.</source>
        <translation>Le champ d’état «&#x202f;%1&#x202f;» n’est pas du texte.</translation>
    </message>
    <message>
        <source>The status field “%1” is not a whole number.</source>
        <translation>Le champ d’état «&#x202f;%1&#x202f;» n’est pas un nombre entier.</translation>
    </message>
    <message>
        <source>The status field “%1” is outside the allowed range %2 to %3.</source>
        <translation>Le champ d’état «&#x202f;%1&#x202f;» sort de la plage autorisée, de %2 à %3.</translation>
    </message>
    <message>
        <source>The status field “%1” is not true or false.</source>
        <translation>Le champ d’état «&#x202f;%1&#x202f;» n’est ni vrai ni faux.</translation>
    </message>
    <message>
        <source>The status field “%1” is not a GUID.</source>
        <translation>Le champ d’état «&#x202f;%1&#x202f;» n’est pas un GUID.</translation>
    </message>
    <message>
        <source>The status field “%1” is not an error code.</source>
        <translation>Le champ d’état «&#x202f;%1&#x202f;» n’est pas un code d’erreur.</translation>
    </message>
    <message>
        <source>The status field “%1” is not the last five characters of a product key.</source>
        <translation>Le champ d’état «&#x202f;%1&#x202f;» ne correspond pas aux cinq derniers caractères d’une clé de produit.</translation>
    </message>
    <message>
        <source>The status field “%1” is not an Office version such as 2016.</source>
        <translation>Le champ d’état «&#x202f;%1&#x202f;» n’est pas une version d’Office telle que 2016.</translation>
    </message>
    <message>
        <source>The status field “%1” is not a valid host name or IP address.</source>
        <translation>Le champ d’état «&#x202f;%1&#x202f;» n’est pas un nom d’hôte ni une adresse IP valide.</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message numerus="yes">
        <source>%n file(s) saved in %1.</source>
        <translation>
            <numerusform>%n fichier enregistré dans %1.</numerusform>
            <numerusform>%n fichiers enregistrés dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n host(s)</source>
        <translation>
            <numerusform>%1 · %n hôte</numerusform>
            <numerusform>%1 · %n hôtes</numerusform>
        </translation>
    </message>
    <message>
        <source>The KMS host was not set up in this run.</source>
        <translation>L’hôte KMS n’a pas été configuré au cours de cette session.</translation>
    </message>
    <message>
        <source>Host key activated by phone.</source>
        <translation>Clé d’hôte activée par téléphone.</translation>
    </message>
    <message>
        <source>Host key activated online.</source>
        <translation>Clé d’hôte activée en ligne.</translation>
    </message>
    <message>
        <source>%1: host key installed and activated.</source>
        <translation>%1&#xa0;: clé d’hôte installée et activée.</translation>
    </message>
    <message>
        <source>%1 was checked; nothing was changed on it.</source>
        <translation>%1 a été vérifié&#x202f;; rien n’y a été modifié.</translation>
    </message>
    <message>
        <source>Scan %1 — hosts: %2, read: %3; products with a MAK: %4, KMS clients: %5, licensed: %6, in grace: %7, unlicensed: %8.</source>
        <translation>Analyse %1 — hôtes&#xa0;: %2, lus&#xa0;: %3&#x202f;; produits avec une MAK&#xa0;: %4, clients KMS&#xa0;: %5, sous licence&#xa0;: %6, en période de grâce&#xa0;: %7, sans licence&#xa0;: %8.</translation>
    </message>
    <message>
        <source>MAK → KMS</source>
        <translation>MAK → KMS</translation>
    </message>
    <message>
        <source>KMS → MAK</source>
        <translation>KMS → MAK</translation>
    </message>
    <message>
        <source>Conversion run %1 (%2) — converted: %3; waiting for the KMS host&apos;s count: %4; with problems: %5.</source>
        <translation>Conversion %1 (%2) — convertis&#xa0;: %3&#x202f;; en attente du décompte de l’hôte KMS&#xa0;: %4&#x202f;; avec des problèmes&#xa0;: %5.</translation>
    </message>
    <message>
        <source>No client was scanned or converted in this run.</source>
        <translation>Aucun client n’a été analysé ni converti au cours de cette session.</translation>
    </message>
    <message>
        <source>KMS host key %1 installed on %2: %3.</source>
        <translation>Clé d’hôte KMS %1 installée sur %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Saving the reports…</source>
        <translation>Enregistrement des rapports…</translation>
    </message>
    <message>
        <source>What was done in this run, and the reports.</source>
        <translation>Ce qui a été fait au cours de cette session, et les rapports.</translation>
    </message>
    <message>
        <source>KMS host</source>
        <translation>Hôte KMS</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Journal since the wizard opened</source>
        <translation>Journal depuis l’ouverture de l’assistant</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Save the reports (HTML, CSV, JSON)</source>
        <translation>Enregistrer les rapports (HTML, CSV, JSON)</translation>
    </message>
    <message>
        <source>Open the reports folder</source>
        <translation>Ouvrir le dossier des rapports</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>replaced by a later step</source>
        <translation>remplacée par une étape ultérieure</translation>
    </message>
    <message>
        <source>started, no outcome recorded</source>
        <translation>commencée, aucun résultat enregistré</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>host list</source>
        <translation>liste d’hôtes</translation>
    </message>
    <message>
        <source>check again</source>
        <translation>nouvelle vérification</translation>
    </message>
    <message>
        <source>scan · %1</source>
        <translation>analyse · %1</translation>
    </message>
    <message>
        <source>conversion run · %1</source>
        <translation>conversion · %1</translation>
    </message>
    <message>
        <source>step · %1</source>
        <translation>étape · %1</translation>
    </message>
</context>
<context>
    <name>TransportOptions</name>
    <message>
        <source>Give the account with --user for %1 authentication.</source>
        <translation>Indiquez le compte avec --user pour l’authentification %1.</translation>
    </message>
    <message>
        <source>No password: pass it on standard input with --password-stdin, take it from the keyring with --credential NAME, or run in a terminal to be asked for it.</source>
        <translation>Aucun mot de passe&#xa0;: transmettez-le sur l’entrée standard avec --password-stdin, prenez-le dans le trousseau avec --credential NOM, ou lancez la commande dans un terminal pour qu’il vous soit demandé.</translation>
    </message>
    <message>
        <source>The password read from standard input is empty.</source>
        <translation>Le mot de passe lu sur l’entrée standard est vide.</translation>
    </message>
    <message>
        <source>Password for %1 on %2: </source>
        <translation>Mot de passe de %1 sur %2&#xa0;: </translation>
    </message>
    <message>
        <source>No safe keyring is available on this computer (found: %1). Use --password-stdin, or type the password when asked.</source>
        <translation>Aucun trousseau sûr n’est disponible sur cet ordinateur (trouvé&#xa0;: %1). Utilisez --password-stdin, ou tapez le mot de passe quand il est demandé.</translation>
    </message>
    <message>
        <source>The keyring holds no password under the name “%1”.</source>
        <translation>Le trousseau ne contient aucun mot de passe sous le nom «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>“%1” is not a WinRM address. Expected http://host:5985/wsman or https://host:5986/wsman.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas une adresse WinRM. Attendu&#xa0;: http://hôte:5985/wsman ou https://hôte:5986/wsman.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>Le fichier d’autorité de certification %1 est illisible.</translation>
    </message>
    <message>
        <source>The time-out must be more than 0 and at most %1 seconds.</source>
        <translation>Le délai d’attente doit être supérieur à 0 et d’au plus %1 secondes.</translation>
    </message>
    <message>
        <source>Basic authentication over plain HTTP would send the password in clear to %1. Use --https, or Negotiate (NTLM) authentication.</source>
        <translation>L’authentification Basic sur HTTP non chiffré enverrait le mot de passe en clair à %1. Utilisez --https, ou l’authentification Negotiate (NTLM).</translation>
    </message>
    <message>
        <source>Warning: certificate validation is OFF (--insecure-skip-tls-verify). Anyone on the network path can pose as the machine and read the password.</source>
        <translation>Attention&#xa0;: la validation du certificat est DÉSACTIVÉE (--insecure-skip-tls-verify). N’importe qui sur le chemin réseau peut se faire passer pour la machine et lire le mot de passe.</translation>
    </message>
    <message>
        <source>--local runs PowerShell on this computer and works only on Windows. Use --winrm for a remote machine or --lab for the simulated lab.</source>
        <translation>--local exécute PowerShell sur cet ordinateur et ne fonctionne que sous Windows. Utilisez --winrm pour une machine distante ou --lab pour le laboratoire simulé.</translation>
    </message>
    <message>
        <source>--lab uses the lab&apos;s own addresses and credentials: leave out %1.</source>
        <translation>--lab utilise les adresses et identifiants propres au laboratoire&#xa0;: retirez %1.</translation>
    </message>
    <message>
        <source>--lab-scenario chooses the story of the simulated lab: add --lab.</source>
        <translation>--lab-scenario choisit le scénario du laboratoire simulé&#xa0;: ajoutez --lab.</translation>
    </message>
    <message>
        <source>The simulated lab is not available in this build (%1).</source>
        <translation>Le laboratoire simulé n’est pas disponible dans cette version (%1).</translation>
    </message>
</context>
<context>
    <name>TsigKeyFile</name>
    <message>
        <source>%1 holds no TSIG key. Expected the format tsig-keygen prints: key &quot;name&quot; { algorithm hmac-sha256; secret &quot;…&quot;; };</source>
        <translation>%1 ne contient aucune clé TSIG. Format attendu, celui qu’affiche tsig-keygen&#xa0;: key &quot;name&quot; { algorithm hmac-sha256; secret &quot;…&quot;; };</translation>
    </message>
    <message>
        <source>%1 holds %2 keys; keep only the one allowed to update this zone.</source>
        <translation>%1 contient %2 clés&#x202f;; ne gardez que celle qui a le droit de mettre à jour cette zone.</translation>
    </message>
    <message>
        <source>The key “%1” in %2 has no secret.</source>
        <translation>La clé «&#x202f;%1&#x202f;» dans %2 n’a pas de secret.</translation>
    </message>
    <message>
        <source>The secret of the key “%1” in %2 is not valid base64.</source>
        <translation>Le secret de la clé «&#x202f;%1&#x202f;» dans %2 n’est pas du base64 valide.</translation>
    </message>
    <message>
        <source>The key “%1” in %2 does not say its algorithm (such as hmac-sha256).</source>
        <translation>La clé «&#x202f;%1&#x202f;» dans %2 n’indique pas son algorithme (par exemple hmac-sha256).</translation>
    </message>
    <message>
        <source>The key “%1” in %2 uses the algorithm “%3”, which is not supported. Use one of: %4.</source>
        <translation>La clé «&#x202f;%1&#x202f;» dans %2 utilise l’algorithme «&#x202f;%3&#x202f;», qui n’est pas pris en charge. Utilisez l’un de ceux-ci&#xa0;: %4.</translation>
    </message>
    <message>
        <source>The key name “%2” in %1 is not a valid DNS name.</source>
        <translation>Le nom de clé «&#x202f;%2&#x202f;» dans %1 n’est pas un nom DNS valide.</translation>
    </message>
    <message>
        <source>The key file %1 could not be read: %2</source>
        <translation>Impossible de lire le fichier de clé %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>WayBack</name>
    <message>
        <source>The journal holds no conversion run %1.</source>
        <translation>Le journal ne contient aucune exécution de conversion %1.</translation>
    </message>
    <message>
        <source>Conversion run %1 is not finished: finish it first with “kms-wizard convert --resume %1”.</source>
        <translation>L’exécution de conversion %1 n’est pas terminée&#xa0;: terminez-la d’abord avec «&#x202f;kms-wizard convert --resume %1&#x202f;».</translation>
    </message>
    <message>
        <source>Conversion run %1 changed no product.</source>
        <translation>L’exécution de conversion %1 n’a modifié aucun produit.</translation>
    </message>
    <message>
        <source>Run %1 moved products to KMS: putting them back needs the keyring label of the MAK (--mak LABEL).</source>
        <translation>L’exécution %1 a fait passer des produits en KMS&#xa0;: pour les rétablir, indiquez le nom de la MAK dans le trousseau (--mak NOM).</translation>
    </message>
    <message>
        <source>Conversion run %1 cannot be put back: its journal record is damaged.</source>
        <translation>L’exécution de conversion %1 ne peut pas être annulée&#xa0;: son enregistrement dans le journal est endommagé.</translation>
    </message>
    <message>
        <source>Not changed by run %1: left as it is.</source>
        <translation>Non modifié par l’exécution %1&#xa0;: laissé tel quel.</translation>
    </message>
    <message>
        <source>Licensed now: left as it is.</source>
        <translation>Sous licence à présent&#xa0;: laissé tel quel.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Set up a Windows KMS host for volume activation, step by step.</source>
        <translation>Configurer pas à pas un hôte KMS Windows pour l’activation en volume.</translation>
    </message>
    <message>
        <source>The wizard checks the machine that is to become the KMS host, installs its KMS host key and activates it (online or by phone), opens the KMS port in its firewall and makes sure that clients find it through DNS. Nothing is changed on a machine before you have confirmed it, and every error comes with its explanation and what to do.</source>
        <translation>L’assistant vérifie la machine qui doit devenir l’hôte KMS, installe sa clé d’hôte KMS et l’active (en ligne ou par téléphone), ouvre le port KMS dans son pare-feu et s’assure que les clients la trouvent par le DNS. Rien n’est modifié sur une machine sans votre confirmation, et chaque erreur est accompagnée de son explication et de la marche à suivre.</translation>
    </message>
    <message>
        <source>You need: administrator rights on the host, and the organisation&apos;s KMS host key (CSVLK) from the Volume Licensing Service Center. Press F1 on any page for the offline help.</source>
        <translation>Il vous faut&#xa0;: des droits d’administrateur sur l’hôte et la clé d’hôte KMS (CSVLK) de l’organisation, fournie par le Centre de gestion des licences en volume. Appuyez sur F1 sur n’importe quelle page pour l’aide hors ligne.</translation>
    </message>
    <message>
        <source>You need: an account with administrator rights on the clients (the inventory page asks for it), and a KMS host that already works: the conversion finds it through DNS, or you type its name. Press F1 on any page for the offline help.</source>
        <translation>Il vous faut&#xa0;: un compte disposant des droits d’administrateur sur les clients (la page d’inventaire vous le demande) et un hôte KMS qui fonctionne déjà&#xa0;: la conversion le trouve par le DNS, ou vous saisissez son nom. Appuyez sur F1 sur n’importe quelle page pour l’aide hors ligne.</translation>
    </message>
    <message>
        <source>Scan the clients and convert them between MAK and KMS, step by step.</source>
        <translation>Analyser les clients et les convertir entre MAK et KMS, pas à pas.</translation>
    </message>
    <message>
        <source>The wizard reads the licensing state of every client over WinRM, shows what each one needs, and converts the ones you choose between MAK and KMS. Nothing is changed on a machine before you have confirmed it, and every error comes with its explanation and what to do.</source>
        <translation>L’assistant lit par WinRM l’état de licence de chaque client, montre ce dont chacun a besoin et convertit entre MAK et KMS ceux que vous choisissez. Rien n’est modifié sur une machine avant que vous l’ayez confirmé, et chaque erreur est accompagnée de son explication et de la marche à suivre.</translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation>Que voulez-vous faire&#x202f;?</translation>
    </message>
    <message>
        <source>Set up a KMS host, then the clients</source>
        <translation>Configurer un hôte KMS, puis les clients</translation>
    </message>
    <message>
        <source>Only scan and convert clients (the KMS host is already set up)</source>
        <translation>Uniquement analyser et convertir des clients (l’hôte KMS est déjà configuré)</translation>
    </message>
    <message>
        <source>The host steps are skipped: Next goes straight to the clients&apos; inventory.</source>
        <translation>Les étapes de l’hôte sont ignorées&#xa0;: Suivant mène directement à l’inventaire des clients.</translation>
    </message>
    <message>
        <source>Which machine becomes the KMS host?</source>
        <translation>Quelle machine devient l’hôte KMS&#x202f;?</translation>
    </message>
    <message>
        <source>Activate through Active Directory instead of a KMS host</source>
        <translation>Activer via Active Directory au lieu d’un hôte KMS</translation>
    </message>
    <message>
        <source>Activation via Active Directory: for a forest whose clients run Windows 8 / Server 2012 or later; Windows 7 and machines outside the forest keep needing a KMS host.</source>
        <translation>Activation via Active Directory&#xa0;: pour une forêt dont les clients exécutent Windows 8 / Server 2012 ou plus récent&#x202f;; Windows 7 et les machines hors de la forêt ont toujours besoin d’un hôte KMS.</translation>
    </message>
    <message>
        <source>Which machine activates the forest?</source>
        <translation>Quelle machine active la forêt&#x202f;?</translation>
    </message>
    <message>
        <source>Activate the forest&apos;s Windows through Active Directory, step by step.</source>
        <translation>Activez Windows dans la forêt via Active Directory, pas à pas.</translation>
    </message>
    <message>
        <source>The wizard checks the forest&apos;s schema, lists the activation objects already there, and activates the forest with the organisation&apos;s KMS host key, online or by phone, through a domain-joined Windows Server 2012 (or later). Domain-joined Windows 8 / Server 2012 (and later) volume clients then activate from Active Directory: no activation threshold, no port 1688, no DNS record.</source>
        <translation>L’assistant vérifie le schéma de la forêt, liste les objets d’activation déjà présents et active la forêt avec la clé d’hôte KMS de l’organisation, en ligne ou par téléphone, par l’intermédiaire d’un Windows Server 2012 (ou plus récent) joint au domaine. Les clients en licence en volume Windows 8 / Server 2012 (ou plus récent) joints au domaine s’activent ensuite depuis Active Directory&#xa0;: aucun seuil d’activation, pas de port 1688, pas d’enregistrement DNS.</translation>
    </message>
    <message>
        <source>You need: an Enterprise Admins account, the organisation&apos;s KMS host key (CSVLK), and a domain controller the wizard can read over LDAPS. Windows 7, Windows Server 2008 R2 and computers outside the forest still need a KMS host. Press F1 on any page for the offline help.</source>
        <translation>Il vous faut&#xa0;: un compte Administrateur de l’entreprise, la clé d’hôte KMS (CSVLK) de l’organisation et un contrôleur de domaine que l’assistant peut lire en LDAPS. Windows 7, Windows Server 2008 R2 et les ordinateurs hors de la forêt ont toujours besoin d’un hôte KMS. Appuyez sur F1 sur n’importe quelle page pour l’aide hors ligne.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>A remote host, over WinRM</source>
        <translation>Un hôte distant, par WinRM</translation>
    </message>
    <message>
        <source>The simulated lab (training)</source>
        <translation>Le laboratoire simulé (formation)</translation>
    </message>
    <message>
        <source>A built-in lab of simulated Windows machines with its own DNS server: try every step without touching a real machine. Its keys are lab-only.</source>
        <translation>Un laboratoire intégré de machines Windows simulées, avec son propre serveur DNS&#xa0;: essayez chaque étape sans toucher à une vraie machine. Ses clés ne valent que pour le laboratoire.</translation>
    </message>
    <message>
        <source>Where are the clients?</source>
        <translation>Où se trouvent les clients&#x202f;?</translation>
    </message>
    <message>
        <source>On the network, reached over WinRM from this computer</source>
        <translation>Sur le réseau, joints par WinRM depuis cet ordinateur</translation>
    </message>
    <message>
        <source>In the simulated lab (training)</source>
        <translation>Dans le laboratoire simulé (formation)</translation>
    </message>
    <message>
        <source>On this path the lab&apos;s kms01 is already a working KMS host (its host key installed and activated, port 1688 open, published in DNS), as yours would be.</source>
        <translation>Par ce chemin, kms01 est déjà dans le laboratoire un hôte KMS opérationnel (clé d’hôte KMS installée et activée, port 1688 ouvert, publié dans le DNS), comme le serait le vôtre.</translation>
    </message>
    <message>
        <source>Which network does the lab simulate?</source>
        <translation>Quel réseau le laboratoire simule-t-il&#x202f;?</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Help (F1)</source>
        <translation>&amp;Aide (F1)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Help for this step</source>
        <translation>Aide sur cette étape</translation>
    </message>
    <message>
        <source>Help contents</source>
        <translation>Sommaire de l’aide</translation>
    </message>
    <message>
        <source>About KMS Host Wizard</source>
        <translation>À propos de l’assistant d’hôte KMS</translation>
    </message>
    <message>
        <source>KMS Host Wizard</source>
        <translation>Assistant d’hôte KMS</translation>
    </message>
    <message>
        <source>%1 — %2 (simulated lab)</source>
        <translation>%1 — %2 (laboratoire simulé)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No desktop session was found (DISPLAY and WAYLAND_DISPLAY are not set), so the wizard window cannot open. Run it from a desktop session, or use the command line: kms-wizard --help.</source>
        <translation>Aucune session de bureau n’a été trouvée (DISPLAY et WAYLAND_DISPLAY ne sont pas définies)&#xa0;: la fenêtre de l’assistant ne peut pas s’ouvrir. Lancez-le depuis une session de bureau, ou utilisez la ligne de commande&#xa0;: kms-wizard --help.</translation>
    </message>
</context>
<context>
    <name>WizardFlow</name>
    <message>
        <source>Test the connection first: the wizard must reach the host to go on.</source>
        <translation>Testez d’abord la connexion&#xa0;: l’assistant doit pouvoir joindre l’hôte pour continuer.</translation>
    </message>
    <message>
        <source>Wait until the host check has finished.</source>
        <translation>Attendez la fin de la vérification de l’hôte.</translation>
    </message>
    <message>
        <source>Fix the problems marked as blocking, then run the check again.</source>
        <translation>Corrigez les problèmes signalés comme bloquants, puis relancez la vérification.</translation>
    </message>
    <message>
        <source>Choose the host key group to install, or an Office version.</source>
        <translation>Choisissez le groupe de clés d’hôte à installer, ou une version d’Office.</translation>
    </message>
    <message>
        <source>Install the host key first.</source>
        <translation>Installez d’abord la clé d’hôte.</translation>
    </message>
    <message>
        <source>Activate the host first, or choose activation by phone.</source>
        <translation>Activez d’abord l’hôte, ou choisissez l’activation par téléphone.</translation>
    </message>
    <message>
        <source>Type the Confirmation ID, then click “Activate with this Confirmation ID”.</source>
        <translation>Saisissez l’ID de confirmation, puis cliquez sur «&#x202f;Activer avec cet ID de confirmation&#x202f;».</translation>
    </message>
    <message>
        <source>Activate every Office version waiting for phone activation with its Confirmation ID.</source>
        <translation>Activez chaque version d’Office en attente d’activation par téléphone avec son ID de confirmation.</translation>
    </message>
    <message>
        <source>Activate the forest first, or choose activation by phone.</source>
        <translation>Activez d’abord la forêt, ou choisissez l’activation par téléphone.</translation>
    </message>
    <message>
        <source>Type the Confirmation ID, then click “Activate the forest with this Confirmation ID”.</source>
        <translation>Saisissez l’ID de confirmation, puis cliquez sur «&#x202f;Activer la forêt avec cet ID de confirmation&#x202f;».</translation>
    </message>
    <message>
        <source>Install and activate the host key of every chosen Office version, or choose activation by phone for it.</source>
        <translation>Installez et activez la clé d’hôte de chaque version d’Office choisie, ou choisissez pour elle l’activation par téléphone.</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Host check</source>
        <translation>Vérification de l’hôte</translation>
    </message>
    <message>
        <source>Key group</source>
        <translation>Groupe de clés</translation>
    </message>
    <message>
        <source>Host key</source>
        <translation>Clé d’hôte</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <source>Phone activation</source>
        <translation>Activation par téléphone</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Office phone activation</source>
        <translation>Activation d’Office par téléphone</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Host ready</source>
        <translation>Hôte prêt</translation>
    </message>
    <message>
        <source>Clients: inventory</source>
        <translation>Clients&#xa0;: inventaire</translation>
    </message>
    <message>
        <source>Clients: scan</source>
        <translation>Clients&#xa0;: analyse</translation>
    </message>
    <message>
        <source>Clients: conversion</source>
        <translation>Clients&#xa0;: conversion</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <source>Forest</source>
        <translation>Forêt</translation>
    </message>
    <message>
        <source>Forest activation</source>
        <translation>Activation de la forêt</translation>
    </message>
    <message>
        <source>Forest phone activation</source>
        <translation>Activation de la forêt par téléphone</translation>
    </message>
    <message>
        <source>Forest activated</source>
        <translation>Forêt activée</translation>
    </message>
    <message>
        <source>Change %1?</source>
        <translation>Modifier %1&#x202f;?</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>utilisation&#xa0;: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher la version du programme et quitter</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s&#xa0;: erreur&#xa0;: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>les arguments suivants sont obligatoires&#xa0;: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus&#xa0;: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix non valide&#xa0;: %(value)r (valeurs possibles&#xa0;: %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s non valide&#xa0;: %(value)r</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s&#xa0;: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>au moins un argument attendu</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>au plus un argument attendu</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>non autorisé avec l’argument %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>l’un des arguments %s est obligatoire</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë&#xa0;: %(option)s pourrait correspondre à %(matches)s</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>impossible d’ouvrir «&#x202f;%(filename)s&#x202f;»&#xa0;: %(error)s</translation>
    </message>
</context>
</TS>
